using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>Guids out as 32 lower-case hex digits; in, any form <see cref="Guid.Parse(string)"/> knows.</summary>
public sealed class WireGuidConverter : JsonConverter<Guid>
{
    public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out _, "N");
        writer.WriteStringValue(text);
    }

    public override Guid ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString("N"));

    private static Guid Parse(string? text) =>
        Guid.TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not a Guid.");
}
