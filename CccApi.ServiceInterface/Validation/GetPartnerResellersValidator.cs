using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetPartnerResellersValidator : AbstractValidator<GetPartnerResellers>
{
    public GetPartnerResellersValidator()
    {
        RuleFor(x => x.ResellerStatuses).MaximumItems(Enum.GetValues<RecordStatus>().Length);
        RuleForEach(x => x.ResellerStatuses).NotEmpty().RecordStatusWord();
    }
}
