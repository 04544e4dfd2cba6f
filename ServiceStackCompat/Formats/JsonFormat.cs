using System.Buffers;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Formats.Wire;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats;

/// <summary>ServiceStack's JSON, written by System.Text.Json with the wire's settings (<see cref="WireJson"/>) and read strictly by <see cref="JsonRequestReader"/>.</summary>
public sealed class JsonFormat : WireFormat
{
    public override string Name => "json";

    public override string ContentType => "application/json; charset=utf-8";

    public override IReadOnlyList<string> MediaTypes { get; } = ["application/json", "text/json"];

    public static string SerializeToString(object dto) => WireJson.Serialize(dto);

    public override string Serialize(object dto, string operationName) => SerializeToString(dto);

    public override void SerializeTo(IBufferWriter<byte> output, object dto, string operationName) => WireJson.Serialize(output, dto);

    public override string SerializeSample(object dto, string operationName) => WireJson.SerializeSample(dto);

    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var dto = model.Factory();
        JsonRequestReader.Populate(body, dto, model, operationName);
        return dto;
    }
}
