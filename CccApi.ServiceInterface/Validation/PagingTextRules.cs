using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// <see cref="PagingRules{T}"/> for Page and PageSize typed String: when given, each must be a whole number in
/// the same range, and fails with the same error code as its Integer-typed counterpart; a control character
/// in it answers as in any other text field.
/// </summary>
internal sealed class PagingTextRules<T> : AbstractValidator<T> where T : IPagedTextRequest
{
    public PagingTextRules()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Page)
            .MaximumLength(InputLimits.PageNumberText)
            .SingleLine()
            .Must(page => Paging.WholeNumber(page) >= 1)
            .When(x => !string.IsNullOrEmpty(x.Page))
            .WithErrorCode("GreaterThanOrEqual")
            .WithMessage("'Page' must be a whole number greater than or equal to '1'.");
        RuleFor(x => x.PageSize).WholePageSize().When(x => !string.IsNullOrEmpty(x.PageSize));
    }
}

internal static class PageSizeTextRule
{
    /// <summary>A PageSize typed String: a whole number in the range of every Integer page size, with its error code.</summary>
    public static IRuleBuilderOptions<T, string?> WholePageSize<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(InputLimits.PageNumberText)
        .SingleLine()
        .Must(size => Paging.WholeNumber(size) is >= 1 and <= Paging.MaxPageSize)
        .WithErrorCode("InclusiveBetween")
        .WithMessage($"'Page Size' must be a whole number between 1 and {Paging.MaxPageSize}.");
}
