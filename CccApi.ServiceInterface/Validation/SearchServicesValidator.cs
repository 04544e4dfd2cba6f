using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>Each text is at most as long as what it is compared with. Bounds that exclude each other simply match nothing.</summary>
public sealed class SearchServicesValidator : AbstractValidator<SearchServices>
{
    public SearchServicesValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new PagingRules<SearchServices>());
        RuleFor(x => x.Domain).MaximumLength(InputLimits.Url).SingleLine();
        RuleFor(x => x.Name).MaximumLength(InputLimits.Name).SingleLine();
        RuleFor(x => x.Code).MaximumLength(InputLimits.Code).SingleLine();
    }
}
