using ServiceStackCompat;

namespace ServiceStackCompat.Errors;

/// <summary>How an exception is answered: status, reason phrase and the ResponseStatus to send.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ReasonPhrase">The status line's reason phrase (ServiceStack sends the error code); null for the standard one.</param>
/// <param name="Status">The body's ResponseStatus.</param>
/// <param name="UseResponseType">
/// True when the body is the operation's own response type carrying the status (errors raised after
/// binding); false for <see cref="ErrorResponse"/> (the request could not be bound).
/// </param>
public sealed record ErrorOutcome(int StatusCode, string? ReasonPhrase, ResponseStatus Status, bool UseResponseType);
