using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>Dates out as ISO-8601 UTC with a fraction only when non-zero; in, ISO-8601 or "/Date(ms)/".</summary>
public sealed class WireDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireScalars.FormatDate(value));

    public override DateTime ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WritePropertyName(WireScalars.FormatDate(value));

    private static DateTime Parse(string? text) =>
        text is not null && WireScalars.TryParseDate(text.Trim(), out var value) ? value : throw new JsonException($"'{text}' is not a date.");
}
