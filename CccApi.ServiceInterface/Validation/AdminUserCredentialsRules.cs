using System.Linq.Expressions;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The email address and password of a new admin user, shared by the partner and reseller operations.</summary>
public static class AdminUserCredentialsRules
{
    /// <summary>The AdminUsers.Email column's length, the longest address RFC 5321 allows.</summary>
    public const int EmailMaxLength = 254;

    public const int PasswordMinLength = 8;

    /// <summary>A bound on what each sign-in has to hash.</summary>
    public const int PasswordMaxLength = 128;

    public static void ApplyTo<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> email, Expression<Func<T, string?>> password)
    {
        validator.RuleFor(email).NotEmpty().MaximumLength(EmailMaxLength).SingleLine().EmailAddress();
        // Messages from the length validators never include the value, so the password is not echoed.
        validator.RuleFor(password).NotEmpty().MinimumLength(PasswordMinLength).MaximumLength(PasswordMaxLength);
    }
}
