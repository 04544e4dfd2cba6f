using System.Collections;
using CccApi.ServiceInterface.Infrastructure;
using FluentValidation;
using FluentValidation.Validators;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// A batch of at most so many items, refused whole beyond that with <c>413</c> and <paramref name="errorCode"/> naming
/// the list, before any item is validated: the answer to a batch too large is "send less", not one 400 per item.
/// A validation failure is always a 400, so this one throws the <see cref="HttpError"/> the host answers with.
/// A length validator, so that OpenAPI publishes the bound as <c>maxItems</c>.
/// </summary>
public sealed class BatchSizeValidator<T, TCollection>(int max, string errorCode) : PropertyValidator<T, TCollection>, ILengthValidator
    where TCollection : ICollection?
{
    public override string Name => "BatchSizeValidator";

    public int Min => 0;

    public int Max => max;

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null || value.Count <= max) return true;
        throw new HttpError(413, errorCode,
            $"'{context.PropertyPath}' may hold at most {max} items; this request has {value.Count}. Send them in batches of {max} or fewer.",
            context.PropertyPath);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' must have " + max + " items or fewer.";
}
