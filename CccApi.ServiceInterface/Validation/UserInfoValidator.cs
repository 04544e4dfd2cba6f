using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// The system user's email becomes the service's AdminUsername, so when given it must be an address.
/// The password is left as the user chose it: it is only ever hashed, never shown.
/// </summary>
internal sealed class UserInfoValidator : AbstractValidator<UserInfo>
{
    public UserInfoValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Email).MaximumLength(InputLimits.Email).SingleLine().AddrSpec().When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.FirstName).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.LastName).MaximumLength(InputLimits.Name).SingleLine();
        // Messages from the length validators never include the value, so the password is not echoed.
        RuleFor(x => x.Password).MaximumLength(InputLimits.Password);
    }
}
