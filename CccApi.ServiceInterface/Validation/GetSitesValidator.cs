using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetSitesValidator : AbstractValidator<GetSites>
{
    public GetSitesValidator() => Include(new PagingRules<GetSites>());
}
