using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetSkusValidator : AbstractValidator<GetSkus>
{
    public GetSkusValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new PagingRules<GetSkus>());
        RuleFor(x => x.Status).RecordStatusWord();
    }
}
