using System.Buffers;
using System.Text;
using CccApi.Host.Framework.Binding;
using CccApi.Host.Framework.Metadata;
using Microsoft.Extensions.Primitives;
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

    public override byte[] Serialize(object dto, string operationName) =>
        Encoding.UTF8.GetBytes(TypeSerializer.SerializeToString(dto, dto.GetType()));

    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var text = TextBody.Decode(body, Name, operationName).Trim();
        var dto = model.Factory();
        if (text.Length == 0) return dto;
        if (!text.StartsWith('{'))
            throw new RequestBindingException($"Could not deserialize 'application/jsv' request using '{operationName}'\nError: Type definitions should start with a '{{'");
        Dictionary<string, string> fields;
        try
        {
            fields = TypeSerializer.DeserializeFromString<Dictionary<string, string>>(text) ?? [];
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new RequestBindingException($"Could not deserialize 'application/jsv' request using '{operationName}'\nError: {ex.Message}", inner: ex);
        }
        StringValueBinder.Populate(dto, model, fields.Select(f => KeyValuePair.Create(f.Key, new StringValues(f.Value))), operationName);
        return dto;
    }
}
