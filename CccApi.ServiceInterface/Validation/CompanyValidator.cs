using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The customer's company: every field one line of text but the postal address. A child validator, as <see cref="ContactInfoValidator"/>.</summary>
internal sealed class CompanyValidator : AbstractValidator<Company>
{
    public CompanyValidator()
    {
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.Address).MaximumLength(InputLimits.Address).MultiLine();
        RuleFor(x => x.City).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.StateProvince).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.PostalCode).MaximumLength(InputLimits.PostalCode).SingleLine();
        RuleFor(x => x.Country).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Website).MaximumLength(InputLimits.Url).SingleLine();
    }
}
