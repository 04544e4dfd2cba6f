using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetResellerServicesValidator : AbstractValidator<GetResellerServices>
{
    public GetResellerServicesValidator() => Include(new PagingRules<GetResellerServices>());
}
