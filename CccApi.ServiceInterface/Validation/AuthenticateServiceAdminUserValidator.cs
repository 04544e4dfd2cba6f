using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// The token is required and travels on to the messaging platform in an HTTP header: one line of visible ASCII,
/// at most <see cref="InputLimits.Token"/> characters. No message echoes it.
/// </summary>
public sealed class AuthenticateServiceAdminUserValidator : AbstractValidator<AuthenticateServiceAdminUser>
{
    public AuthenticateServiceAdminUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.ServiceGuid).NotEmpty();
        RuleFor(x => x.Token).NotEmpty().MaximumLength(InputLimits.Token).SingleLine()
            .Must(IsVisibleAscii).WithErrorCode("VisibleAscii").WithMessage("'Token' must be visible ASCII characters without spaces.");
    }

    private static bool IsVisibleAscii(string? token) => token is null || token.All(c => c is > ' ' and < '\u007f');
}
