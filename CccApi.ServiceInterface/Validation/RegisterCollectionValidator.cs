using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Validation;

/// <summary>A collection lives on one Site and is found by its code, so all three are needed to register one.</summary>
public sealed class RegisterCollectionValidator : AbstractValidator<RegisterCollection>
{
    public RegisterCollectionValidator(IOptions<ValidationSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.SiteGuid).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.CollectionCode).NotEmpty().MaximumLength(InputLimits.Code).SingleLine()
            .Must(Identifiers.IsValid).WithErrorCode("RegularExpression").WithMessage(Identifiers.InvalidMessage);
        RuleFor(x => x.ServicesApiBaseUrl).MaximumLength(InputLimits.Url).SingleLine().ServiceUrl(settings.Value.AllowHttpToLoopback);
    }
}
