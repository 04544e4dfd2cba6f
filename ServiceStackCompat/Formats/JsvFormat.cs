using System.Buffers;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Formats.Jsv;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats;

/// <summary>
/// ServiceStack's JSV (grammar in <see cref="JsvGrammar"/>): written by <see cref="JsvWriter"/>; a request
/// is parsed by <see cref="JsvReader"/> and bound as strictly as JSON by <see cref="JsvBinder"/>.
/// </summary>
public sealed class JsvFormat : WireFormat
{
    private const string MediaType = "application/jsv";

    public override string Name => "jsv";

    public override string ContentType => MediaType;

    public override IReadOnlyList<string> MediaTypes { get; } = [MediaType, "text/jsv"];

    public override string Serialize(object dto, string operationName) => JsvWriter.Serialize(dto);

    public override string SerializeSample(object dto, string operationName) => JsvWriter.SerializeSample(dto);

    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var text = TextBody.Decode(body, Name, operationName).Trim();
        var dto = model.Factory();
        if (text.Length == 0) return dto;
        if (!text.StartsWith('{'))
            throw TextBody.Malformed(MediaType, operationName, "Type definitions should start with a '{'");
        JsvNode node;
        try
        {
            node = JsvReader.Parse(text);
        }
        catch (FormatException ex)
        {
            throw TextBody.Malformed(MediaType, operationName, ex.Message, ex);
        }
        JsvBinder.Populate(dto, model, (JsvObject)node, prefix: null, isSecret: false, operationName);
        return dto;
    }
}
