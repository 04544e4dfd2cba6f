using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>Creates the enum converter of each enum type, once per type.</summary>
public sealed class WireEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>
/// Enums as ServiceStack writes them: a defined value by name, a value no member names as its number in a
/// string ("42"), and a [Flags] enum as a number. Read by name (any case) or number.
/// </summary>
public sealed class WireEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly bool IsFlags = typeof(T).IsDefined(typeof(FlagsAttribute), inherit: false);
    private static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => Enum.GetName(v)!);
    private static readonly FrozenDictionary<string, T> ByName = Enum.GetNames<T>().ToFrozenDictionary(n => n, Enum.Parse<T>, StringComparer.OrdinalIgnoreCase);

    /// <summary>The value's text in JSV and CSV: its name, or its number when no single member names it or the enum is [Flags].</summary>
    public static string Format(T value) =>
        !IsFlags && Names.TryGetValue(value, out var name) ? name : Number(value);

    public static string FormatBoxed(object value) => Format((T)value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
            return (T)Enum.ToObject(typeof(T), reader.GetInt64());
        return Parse(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (IsFlags) writer.WriteRawValue(Number(value), skipInputValidation: true);
        else writer.WriteStringValue(Names.TryGetValue(value, out var name) ? name : Number(value));
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(Format(value));

    private static T Parse(string? text)
    {
        if (text is not null && ByName.TryGetValue(text.Trim(), out var named)) return named;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return (T)Enum.ToObject(typeof(T), number);
        throw new JsonException($"'{text}' is not a {typeof(T).Name}.");
    }

    private static string Number(T value) => value.ToString("D");
}
