using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>Messages from these validators never include the value, so no password is echoed.</summary>
public sealed class ChangeAdminUserPasswordValidator : AbstractValidator<ChangeAdminUserPassword>
{
    public ChangeAdminUserPasswordValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.OldPassword).NotEmpty().MaximumLength(InputLimits.Password);
        RuleFor(x => x.NewPassword).NotEmpty()
            .MinimumLength(AdminUserCredentialsRules.PasswordMinLength).MaximumLength(InputLimits.Password);
        // Must, not Equal: Equal's error metadata would carry the new password as its ComparisonValue.
        RuleFor(x => x.ConfirmNewPassword).NotEmpty().MaximumLength(InputLimits.Password)
            .Must((request, confirm) => string.Equals(confirm, request.NewPassword, StringComparison.Ordinal))
            // Compared with a new password that is itself valid: a fault of NewPassword is reported once, on it.
            .When(x => x.NewPassword is { Length: >= AdminUserCredentialsRules.PasswordMinLength and <= InputLimits.Password },
                ApplyConditionTo.CurrentValidator)
            .WithErrorCode("Equal")
            .WithMessage("'Confirm New Password' must be equal to the new password.");
    }
}
