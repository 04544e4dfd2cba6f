using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSiteValidator : AbstractValidator<CreateSite>
{
    public CreateSiteValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().SingleLine();
        RuleFor(x => x.ProviderName).SingleLine();
        RuleFor(x => x.Jurisdiction).SingleLine();
        RuleFor(x => x.Endpoint).SingleLine();
    }
}
