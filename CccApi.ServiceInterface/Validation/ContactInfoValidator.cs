using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// A ContactInfo, when present, needs all three fields. Used as a child validator, so its failures are
/// named ContactInfo.Name etc.; internal so the host does not run it on its own.
/// </summary>
internal sealed class ContactInfoValidator : AbstractValidator<ContactInfo>
{
    public ContactInfoValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Email).NotEmpty().MaximumLength(InputLimits.Email).SingleLine().AddrSpec();
        RuleFor(x => x.PhoneNumber).NotEmpty().MaximumLength(InputLimits.PhoneNumber).SingleLine();
    }
}
