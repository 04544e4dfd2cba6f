using System.Buffers;
using CccApi.Host.Framework.Metadata;
using ServiceStack.Text;

namespace CccApi.Host.Framework.Formats;

/// <summary>
/// ServiceStack's JSV. Requests are read field by field so that scalars are parsed as strictly as
/// JSON; nested objects are handed to ServiceStack.Text.
/// </summary>
public sealed class JsvFormat : WireFormat
{
    public override string Name => "jsv";

    public override string ContentType => "application/jsv";

    public override IReadOnlyList<string> MediaTypes { get; } = ["application/jsv", "text/jsv"];

    public override string Serialize(object dto, string operationName) => TypeSerializer.SerializeToString(dto, dto.GetType());

    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var text = TextBody.Decode(body, Name, operationName).Trim();
        if (text.Length > 0 && !text.StartsWith('{'))
            throw TextBody.Malformed("application/jsv", operationName, "Type definitions should start with a '{'");
        return TextBody.BindFields(model, "application/jsv", operationName,
            () => text.Length == 0 ? null : TypeSerializer.DeserializeFromString<Dictionary<string, string>>(text));
    }
}
