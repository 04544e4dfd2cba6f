using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceModel;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Validation;

/// <summary>Every field is optional (null leaves it as it is); a field that is sent follows RegisterCollection's rules.</summary>
public sealed class UpdateCollectionValidator : AbstractValidator<UpdateCollection>
{
    /// <summary>Ten years: a longer trial is a typing error, not a commercial decision.</summary>
    public const int MaxTrialPeriodDays = 3650;

    public UpdateCollectionValidator(IOptions<ValidationSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.SiteGuid).NotEqual(Guid.Empty).When(x => x.SiteGuid is not null);
        RuleFor(x => x.SiteEndpointGuid).NotEqual(Guid.Empty).When(x => x.SiteEndpointGuid is not null);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText().When(x => x.Name is not null);
        RuleFor(x => x.Status).RecordStatusWord();
        RuleFor(x => x.ServicesApiBaseUrl).MaximumLength(InputLimits.Url).SingleLine().ServiceUrl(settings.Value.AllowHttpToLoopback)
            .When(x => x.ServicesApiBaseUrl is not null);
        RuleFor(x => x.CurrentVersion).NotEmpty().MaximumLength(InputLimits.Code).SingleLine().When(x => x.CurrentVersion is not null);
        RuleFor(x => x.DefaultTrialPeriod).InclusiveBetween(1, MaxTrialPeriodDays);
    }
}
