using System.Linq.Expressions;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data.Configurations;
using CccApi.ServiceInterface.Identity;
using CccApi.ServiceModel;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The rules the identity provider and identity proxy operations share.</summary>
internal static class IdentityFieldRules
{
    public static IRuleBuilderOptions<T, string?> IdentityUrl<T>(this IRuleBuilder<T, string?> rule, IOptions<ValidationSettings> settings) =>
        rule.MaximumLength(InputLimits.Url).SingleLine().ServiceUrl(settings.Value.AllowHttpToLoopback);

    /// <summary>
    /// Pattern: a JSON object of known conditions, its emailAddress a regular expression that compiles. Like every text
    /// field it holds no control characters but tabs and line breaks (a document may be laid out on several lines).
    /// </summary>
    public static void Pattern<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> pattern) =>
        validator.RuleFor(pattern).Cascade(CascadeMode.Stop)
            .MaximumLength(InputLimits.IdentityDocument).MultiLine()
            .Custom((json, context) =>
            {
                if (!string.IsNullOrEmpty(json) && !IdPxPattern.TryParse(json, out _, out var error))
                    context.AddFailure(Failure(nameof(CreateServiceIdPx.Pattern), "InvalidPattern", error!));
            });

    /// <summary>Parameters: a JSON object of known parameter names with allowed values.</summary>
    public static void Parameters<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> parameters) =>
        validator.RuleFor(parameters).Cascade(CascadeMode.Stop)
            .MaximumLength(InputLimits.IdentityDocument).MultiLine()
            .Custom((json, context) =>
            {
                if (!string.IsNullOrEmpty(json) && !IdPxParameters.TryParse(json, out _, out var error))
                    context.AddFailure(Failure(nameof(CreateServiceIdPx.Parameters), "InvalidParameters", error!));
            });

    public static IRuleBuilderOptions<T, Guid?> IdPxTypeGuid<T>(this IRuleBuilder<T, Guid?> rule) =>
        rule.Must(g => g is null || g == Guid.Empty || IdentityTypeRows.ProxyTypes.Any(t => t.Id == g)).WithErrorCode("AllowableValues")
            .WithMessage($"'TypeGuid' must be an identity proxy type: {string.Join(", ", IdentityTypeRows.ProxyTypes.Select(t => $"{t.Id:N} ({t.Name})"))}.");

    private static ValidationFailure Failure(string field, string code, string error) =>
        new(field, $"'{field}' is not valid: {error}") { ErrorCode = code };
}

public sealed class CreateIdProviderValidator : AbstractValidator<CreateIdProvider>
{
    public CreateIdProviderValidator(IOptions<ValidationSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
        RuleFor(x => x.TypeGuid).NotNull().Must(g => IdentityTypeRows.ProviderTypes.Any(t => t.Id == g)).WithErrorCode("AllowableValues")
            .WithMessage($"'TypeGuid' must be an identity provider type: {string.Join(", ", IdentityTypeRows.ProviderTypes.Select(t => $"{t.Id:N} ({t.Name})"))}.");
        RuleFor(x => x.LoginUrl).NotEmpty().IdentityUrl(settings);
        RuleFor(x => x.TokenUrl).IdentityUrl(settings);
        RuleFor(x => x.LogoutUrl).IdentityUrl(settings);
        RuleFor(x => x.ClientId).MaximumLength(InputLimits.ClientId).SingleLine();
        RuleFor(x => x.SecretId).MaximumLength(InputLimits.Secret).SingleLine();
        RuleFor(x => x.CertificateId).MaximumLength(InputLimits.Certificate).MultiLine();
        RuleFor(x => x.Certificate2Id).MaximumLength(InputLimits.Certificate).MultiLine();

        // What each protocol cannot work without (the README's identity provider types table).
        When(x => x.TypeGuid == IdentityTypeRows.OpenIdConnect, () =>
        {
            RuleFor(x => x.TokenUrl).NotEmpty().WithMessage("'TokenUrl' is required for an OpenID Connect provider.");
            RuleFor(x => x.ClientId).NotEmpty().WithMessage("'ClientId' is required for an OpenID Connect provider.");
            RuleFor(x => x.SecretId).NotEmpty().WithMessage("'SecretId' is required for an OpenID Connect provider.");
        });
        When(x => x.TypeGuid == IdentityTypeRows.Saml2, () =>
            RuleFor(x => x.CertificateId).NotEmpty().WithMessage("'CertificateId' is required for a SAML 2.0 provider."));
    }
}

public sealed class CreateServiceIdPxValidator : AbstractValidator<CreateServiceIdPx>
{
    public CreateServiceIdPxValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.IdProviderGuid).NotNull().NotEqual(Guid.Empty);
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
        RuleFor(x => x.TypeGuid).IdPxTypeGuid();
        this.Pattern(x => x.Pattern);
        this.Parameters(x => x.Parameters);
    }
}

public sealed class UpdateIdPxValidator : AbstractValidator<UpdateIdPx>
{
    public UpdateIdPxValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.IdProviderGuid).NotEqual(Guid.Empty);
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).MultiLine();
        RuleFor(x => x.TypeGuid).IdPxTypeGuid();
        this.Pattern(x => x.Pattern);
        this.Parameters(x => x.Parameters);
    }
}

public sealed class GetServiceIdPxValidator : AbstractValidator<GetServiceIdPx>
{
    public GetServiceIdPxValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.EmailAddress).UserEmail();
        RuleFor(x => x.ConnectorRequest).MaximumLength(InputLimits.Code).SingleLine()
            .Must(v => string.IsNullOrEmpty(v) || bool.TryParse(v, out _)).WithErrorCode("AllowableValues")
            .WithMessage("'ConnectorRequest' must be true or false.");
    }
}

/// <summary>PublicGetSSOUser and PublicDiscoveryServiceUser: an address is required; on POST, a password.</summary>
public sealed class PublicGetSSOUserValidator : AbstractValidator<PublicGetSSOUser>
{
    public PublicGetSSOUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.EmailAddress).NotEmpty().UserEmail();
    }
}

public sealed class PublicDiscoveryServiceUserValidator : AbstractValidator<PublicDiscoveryServiceUser>
{
    public PublicDiscoveryServiceUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.EmailAddress).NotEmpty().UserEmail();
        // A password is checked, never judged: only its length is bounded, so every check hashes a bounded input.
        RuleFor(x => x.Password).MaximumLength(InputLimits.Password);
    }
}
