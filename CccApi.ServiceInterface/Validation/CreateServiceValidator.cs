using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateServiceValidator : AbstractValidator<CreateService>
{
    public CreateServiceValidator()
    {
        // One failure per field, as the API reports it.
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.PrimaryDomain).ServiceDomain("Primary Domain");
        RuleFor(x => x.ResellerGuid).NotEmpty();
        RuleFor(x => x.ReferenceId).MaximumLength(250).SingleLine();
        RuleFor(x => x.ServiceCode).MaximumLength(InputLimits.Code).SingleLine()
            .Must(Identifiers.IsValid).WithErrorCode("RegularExpression").WithMessage(Identifiers.InvalidMessage);
        RuleFor(x => x.ServiceName).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.ContactInfo).SetValidator(new ContactInfoValidator()!);
        RuleFor(x => x.SystemUser).SetValidator(new UserInfoValidator()!);
        RuleFor(x => x.CompanyInfo).SetValidator(new CompanyValidator()!);
    }
}
