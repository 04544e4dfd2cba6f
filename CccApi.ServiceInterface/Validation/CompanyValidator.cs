using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The customer's company: every field one line of text but the postal address. A child validator, as <see cref="ContactInfoValidator"/>.</summary>
internal sealed class CompanyValidator : AbstractValidator<Company>
{
    public CompanyValidator()
    {
        RuleFor(x => x.Name).SingleLine();
        RuleFor(x => x.Address).MultiLine();
        RuleFor(x => x.City).SingleLine();
        RuleFor(x => x.StateProvince).SingleLine();
        RuleFor(x => x.PostalCode).SingleLine();
        RuleFor(x => x.Country).SingleLine();
        RuleFor(x => x.Website).SingleLine();
    }
}
