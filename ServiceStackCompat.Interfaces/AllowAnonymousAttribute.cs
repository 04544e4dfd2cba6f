namespace ServiceStackCompat;

/// <summary>
/// The operation may be called without credentials when the host requires authentication for the
/// rest (ServiceStack's opposite annotation, <c>[Authenticate]</c>, marks the ones that need it).
/// As in ServiceStack, whose API-key and session providers run for <c>[Authenticate]</c> services only,
/// a credential sent to such an operation is not looked up unless <see cref="IdentifiesCaller"/> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute
{
    /// <summary>The operation answers a caller who sends a credential as that caller (e.g. sign-in and sign-out).</summary>
    public bool IdentifiesCaller { get; set; }

    /// <summary>
    /// The answer is about a person though nobody signed in (e.g. which services an email address belongs to): sent
    /// with <c>Cache-Control: no-store</c> like every answer to a caller, so no browser or shared cache keeps it.
    /// </summary>
    public bool AnswersPrivately { get; set; }
}
