using CccApi.ServiceInterface.Rules;
using FluentValidation;
using FluentValidation.Validators;

namespace CccApi.ServiceInterface.Validation;

/// <summary>A URL as <see cref="ServiceUrls"/> accepts it; error code "Url".</summary>
public sealed class ServiceUrlValidator<T>(bool allowHttpToLoopback) : PropertyValidator<T, string?>
{
    public override string Name => "UrlValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        string.IsNullOrEmpty(value) || ServiceUrls.IsAcceptable(value, allowHttpToLoopback);

    protected override string GetDefaultMessageTemplate(string errorCode) => allowHttpToLoopback
        ? "'{PropertyName}' must be an absolute https URL (or http to this machine) without user info or a link-local address."
        : "'{PropertyName}' must be an absolute https URL without user info or a link-local address.";
}

public static class ServiceUrlRule
{
    public static IRuleBuilderOptions<T, string?> ServiceUrl<T>(this IRuleBuilder<T, string?> rule, bool allowHttpToLoopback) =>
        rule.SetValidator(new ServiceUrlValidator<T>(allowHttpToLoopback));
}
