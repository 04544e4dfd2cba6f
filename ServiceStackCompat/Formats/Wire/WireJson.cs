using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>
/// The System.Text.Json settings of the wire, built once: camelCase names, nulls left out, enums by
/// name, Guids as 32 hex digits, dates as ISO-8601 UTC, numbers and string escapes as ServiceStack
/// writes them. The JSV and CSV writers take their property lists from the same metadata.
/// </summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Create(WireContract.Apply);

    /// <summary>The wire's settings for the metadata pages' samples, which show an unset date rather than leave it out.</summary>
    public static JsonSerializerOptions SampleOptions { get; } = Create(WireContract.ApplyWritingUnsetDates);

    public static string Serialize(object dto) => JsonSerializer.Serialize(dto, dto.GetType(), Options);

    /// <summary>The same JSON as <see cref="Serialize(object)"/>, written as UTF-8 without the string in between.</summary>
    public static void Serialize(IBufferWriter<byte> output, object dto)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        JsonSerializer.Serialize(writer, dto, dto.GetType(), Options);
    }

    public static string SerializeSample(object dto) => JsonSerializer.Serialize(dto, dto.GetType(), SampleOptions);

    // As JsonSerializer configures its own writer from Options when it writes a string.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        MaxDepth = Options.MaxDepth,
        SkipValidation = true,
    };

    public static byte[] SerializeToUtf8Bytes(object dto) => JsonSerializer.SerializeToUtf8Bytes(dto, dto.GetType(), Options);

    private static JsonSerializerOptions Create(Action<JsonTypeInfo> contract)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = WireNaming.Instance,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            Encoder = WireJsonEncoder.Instance,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { contract } },
            Converters =
            {
                new WireGuidConverter(),
                new WireDateTimeConverter(),
                new WireDateTimeOffsetConverter(),
                new WireTimeSpanConverter(),
                new WireDoubleConverter(),
                new WireSingleConverter(),
                new WireEnumConverterFactory(),
                new WireDictionaryConverterFactory(),
            },
        };
        options.MakeReadOnly();
        return options;
    }
}
