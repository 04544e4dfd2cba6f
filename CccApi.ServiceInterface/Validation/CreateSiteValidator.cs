using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceModel;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSiteValidator : AbstractValidator<CreateSite>
{
    public CreateSiteValidator(IOptions<ValidationSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.ProviderName).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Jurisdiction).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Endpoint).MaximumLength(InputLimits.Url).SingleLine().ServiceUrl(settings.Value.AllowHttpToLoopback);
        RuleFor(x => x.AvailableServerVersion).MaximumLength(InputLimits.Code).SingleLine();
        RuleFor(x => x.AvailableServicePack).GreaterThanOrEqualTo(0);
    }
}
