using CccApi.ServiceInterface.Rules;
using FluentValidation;
using FluentValidation.Validators;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// An addr-spec as <see cref="EmailAddresses"/> accepts it. It answers as FluentValidation's email
/// validator does (error code "Email", the same message), only stricter.
/// </summary>
public sealed class AddrSpecValidator<T> : PropertyValidator<T, string?>
{
    public override string Name => "EmailValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || EmailAddresses.TryNormalize(value, out _);

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' is not a valid email address.";
}

public static class EmailAddressRule
{
    /// <summary>A bare address (no display name, no quotes), its domain a host name; international domains allowed.</summary>
    public static IRuleBuilderOptions<T, string?> AddrSpec<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new AddrSpecValidator<T>());
}
