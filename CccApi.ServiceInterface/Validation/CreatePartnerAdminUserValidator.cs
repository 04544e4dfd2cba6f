using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreatePartnerAdminUserValidator : AbstractValidator<CreatePartnerAdminUser>
{
    public CreatePartnerAdminUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        AdminUserCredentialsRules.ApplyTo(this, x => x.EmailAddress, x => x.Password);
    }
}
