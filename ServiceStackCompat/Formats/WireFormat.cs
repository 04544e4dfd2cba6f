using System.Buffers;
using System.Text;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats;

/// <summary>One of the formats a ServiceStack host speaks: how it writes responses and reads request bodies.</summary>
public abstract class WireFormat
{
    /// <summary>The name used by <c>?format=</c>, the route suffix and the predefined routes ("json").</summary>
    public abstract string Name { get; }

    /// <summary>The Content-Type of a response.</summary>
    public abstract string ContentType { get; }

    /// <summary>Media types that select this format in Accept and Content-Type headers.</summary>
    public abstract IReadOnlyList<string> MediaTypes { get; }

    /// <summary>False for formats that only write (HTML).</summary>
    public virtual bool CanReadRequests => true;

    /// <summary>
    /// Serializes a response DTO to the text the response carries (sent as UTF-8).
    /// <paramref name="operationName"/> names attachments and page titles.
    /// </summary>
    public abstract string Serialize(object dto, string operationName);

    /// <summary>Writes what <see cref="Serialize"/> returns, as UTF-8; a format that can write bytes directly skips the string.</summary>
    public virtual void SerializeTo(IBufferWriter<byte> output, object dto, string operationName) =>
        Encoding.UTF8.GetBytes(Serialize(dto, operationName), output);

    /// <summary>
    /// A metadata page's sample of <paramref name="dto"/>: as <see cref="Serialize"/> writes it, but every
    /// member shown, where the wire leaves a member out for being unset (a DateTime at its default).
    /// </summary>
    public virtual string SerializeSample(object dto, string operationName) => Serialize(dto, operationName);

    /// <summary>Reads a request DTO from a whole body.</summary>
    public virtual object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName) =>
        throw new NotSupportedException($"The {Name} format does not read requests.");

    /// <summary>Headers beyond the content type (e.g. CSV's attachment disposition).</summary>
    public virtual void AddHeaders(HttpResponse response, string operationName) { }
}
