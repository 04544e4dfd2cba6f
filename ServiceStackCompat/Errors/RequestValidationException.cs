using FluentValidation.Results;

namespace ServiceStackCompat.Errors;

/// <summary>The request DTO failed its validator; carries every failure for <c>errors[]</c>.</summary>
public sealed class RequestValidationException(IReadOnlyList<ValidationFailure> failures, IReadOnlySet<string> secretFields)
    : Exception(failures.Count > 0 ? failures[0].ErrorMessage : "Validation failed")
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;

    /// <summary>Field paths whose values are never echoed back (passwords).</summary>
    public IReadOnlySet<string> SecretFields { get; } = secretFields;
}
