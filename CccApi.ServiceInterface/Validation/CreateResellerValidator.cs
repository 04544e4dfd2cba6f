using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateResellerValidator : AbstractValidator<CreateReseller>
{
    public CreateResellerValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.ContactInfo).NotNull().SetValidator(new ContactInfoValidator()!);
    }
}
