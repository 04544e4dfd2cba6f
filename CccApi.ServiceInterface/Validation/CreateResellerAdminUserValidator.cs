using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateResellerAdminUserValidator : AbstractValidator<CreateResellerAdminUser>
{
    public CreateResellerAdminUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        AdminUserCredentialsRules.ApplyTo(this, x => x.EmailAddress, x => x.Password);
    }
}
