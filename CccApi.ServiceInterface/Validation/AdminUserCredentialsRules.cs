using System.Linq.Expressions;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The email address and password of a new admin user, shared by the partner and reseller operations.</summary>
public static class AdminUserCredentialsRules
{
    public const int PasswordMinLength = 8;


    public static void ApplyTo<T>(AbstractValidator<T> validator, Expression<Func<T, string?>> email, Expression<Func<T, string?>> password)
    {
        validator.RuleFor(email).NotEmpty().MaximumLength(InputLimits.Email).SingleLine().AddrSpec();
        // Messages from the length validators never include the value, so the password is not echoed.
        validator.RuleFor(password).NotEmpty().MinimumLength(PasswordMinLength).MaximumLength(InputLimits.Password);
    }
}
