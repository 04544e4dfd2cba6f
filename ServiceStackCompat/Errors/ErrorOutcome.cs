using ServiceStackCompat;

namespace ServiceStackCompat.Errors;

/// <summary>How an exception is answered: status, reason phrase and the ResponseStatus to send.</summary>
/// <param name="UseResponseType">
/// True when the body is the operation's own response type carrying the status (errors raised after
/// binding); false for <see cref="ErrorResponse"/> (the request could not be bound).
/// </param>
public sealed record ErrorOutcome(int StatusCode, string? ReasonPhrase, ResponseStatus Status, bool UseResponseType);
