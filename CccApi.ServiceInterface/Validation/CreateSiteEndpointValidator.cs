using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceModel;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSiteEndpointValidator : AbstractValidator<CreateSiteEndpoint>
{
    public CreateSiteEndpointValidator(IOptions<ValidationSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.SiteVersion).MaximumLength(InputLimits.Code).SingleLine();
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
        RuleFor(x => x.Url).NotEmpty().MaximumLength(InputLimits.Url).SingleLine().ServiceUrl(settings.Value.AllowHttpToLoopback);
    }
}
