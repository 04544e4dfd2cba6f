using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateServiceSkuValidator : AbstractValidator<CreateServiceSku>
{
    public CreateServiceSkuValidator() => Include(new SkuTermsRules<CreateServiceSku>());
}
