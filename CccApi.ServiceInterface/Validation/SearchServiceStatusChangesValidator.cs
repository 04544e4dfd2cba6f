using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class SearchServiceStatusChangesValidator : AbstractValidator<SearchServiceStatusChanges>
{
    public SearchServiceStatusChangesValidator()
    {
        Include(new PagingRules<SearchServiceStatusChanges>());
        // Matched exactly (in its normal form) against admin users' addresses: anything longer names no one.
        RuleFor(x => x.ChangedByUserEmail).MaximumLength(InputLimits.Email).SingleLine();
    }
}
