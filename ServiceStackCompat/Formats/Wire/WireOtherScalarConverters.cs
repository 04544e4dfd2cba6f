using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>Doubles in their shortest round-trip form, written as raw text so that the extremes, NaN and infinities come out as ServiceStack writes them.</summary>
public sealed class WireDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        writer.WriteRawValue(WireScalars.FormatDouble(value), skipInputValidation: true);
}

/// <summary>Floats in the general format with a lower-case exponent ("1e+20"), as ServiceStack's JSON writes them.</summary>
public sealed class WireSingleConverter : JsonConverter<float>
{
    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? float.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : reader.GetSingle();

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) =>
        writer.WriteRawValue(WireScalars.FormatSingleForJson(value), skipInputValidation: true);
}

/// <summary>TimeSpans as XSD durations ("PT1H30M").</summary>
public sealed class WireTimeSpanConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "";
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : XmlConvert.ToTimeSpan(text);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireScalars.FormatTimeSpan(value));
}

/// <summary>DateTimeOffsets as WCF's "\/Date(ms+hhmm)\/", with the slashes escaped as ServiceStack writes them.</summary>
public sealed class WireDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "";
        return WireScalars.TryParseDateTimeOffset(text, out var value) ? value : throw new JsonException($"'{text}' is not a date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteRawValue("\"" + WireScalars.FormatDateTimeOffsetForJson(value).Replace("/", "\\/", StringComparison.Ordinal) + "\"", skipInputValidation: true);
}
