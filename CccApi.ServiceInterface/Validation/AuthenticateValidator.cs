using FluentValidation;
using ServiceStackCompat;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// A user name is an email address: one line of text. Emptiness is checked by the sign-in itself (logout
/// needs none); the password is left as its owner chose it, since it is only ever compared with a hash.
/// </summary>
public sealed class AuthenticateValidator : AbstractValidator<Authenticate>
{
    public AuthenticateValidator()
    {
        RuleFor(x => x.Provider).MaximumLength(InputLimits.Code);
        RuleFor(x => x.UserName).MaximumLength(InputLimits.Email).SingleLine();
        // Length messages never include the value, so the password is not echoed.
        RuleFor(x => x.Password).MaximumLength(InputLimits.Password);
    }
}
