using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// At most so many items in a list. A length validator, so that OpenAPI publishes it as <c>maxItems</c> as it
/// publishes a string's <c>maxLength</c>.
/// </summary>
public sealed class MaximumItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, ILengthValidator
    where TCollection : IEnumerable?
{
    public override string Name => "MaximumItemsValidator";

    public int Min => 0;

    public int Max => max;

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null) return true;
        var count = value.Cast<object?>().Count();
        if (count <= max) return true;
        context.MessageFormatter.AppendArgument("MaxItems", max).AppendArgument("TotalItems", count);
        return false;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' must have {MaxItems} items or fewer. You sent {TotalItems}.";
}

public static class MaximumItemsRule
{
    public static IRuleBuilderOptions<T, TCollection> MaximumItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable? =>
        rule.SetValidator(new MaximumItemsValidator<T, TCollection>(max)).WithErrorCode("MaximumItems");
}
