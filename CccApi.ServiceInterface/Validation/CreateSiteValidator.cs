using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSiteValidator : AbstractValidator<CreateSite>
{
    public CreateSiteValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.ProviderName).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Jurisdiction).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Endpoint).MaximumLength(InputLimits.Url).SingleLine();
    }
}
