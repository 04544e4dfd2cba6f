namespace ServiceStackCompat;

/// <summary>
/// The operation reads request bodies of up to <see cref="Bytes"/> bytes instead of the host's
/// <c>ServiceHost:MaxRequestBodyBytes</c>: for a batch whose documented size needs more room than the host
/// gives every other request. A larger body is answered <c>413</c> before it is read further.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequestBodyLimitAttribute(long bytes) : Attribute
{
    public long Bytes { get; } = bytes > 0 ? bytes : throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "A body limit is a positive number of bytes.");
}
