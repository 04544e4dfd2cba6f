using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetPartnerSitesValidator : AbstractValidator<GetPartnerSites>
{
    public GetPartnerSitesValidator() => Include(new PagingRules<GetPartnerSites>());
}
