using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>Every field is optional (null leaves it as it is); a field that is sent follows CreatePartner's and CreateReseller's rules.</summary>
public sealed class UpdatePartnerValidator : AbstractValidator<UpdatePartner>
{
    public UpdatePartnerValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.PartnerName).NotEmpty().MaximumLength(InputLimits.Name).NameText().When(x => x.PartnerName is not null);
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(InputLimits.Name).NameText().When(x => x.CompanyName is not null);
        RuleFor(x => x.ContactName).NotEmpty().MaximumLength(InputLimits.Name).SingleLine().When(x => x.ContactName is not null);
        RuleFor(x => x.Status).RecordStatusWord();
    }
}
