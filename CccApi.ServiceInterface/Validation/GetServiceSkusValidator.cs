using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetServiceSkusValidator : AbstractValidator<GetServiceSkus>
{
    public GetServiceSkusValidator() => Include(new PagingRules<GetServiceSkus>());
}
