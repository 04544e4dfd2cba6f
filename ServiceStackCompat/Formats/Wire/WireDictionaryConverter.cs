using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>Dictionaries whose values may be null: ServiceStack leaves the null entries out.</summary>
public sealed class WireDictionaryConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        if (!typeToConvert.IsGenericType || typeToConvert.GetGenericTypeDefinition() != typeof(Dictionary<,>)) return false;
        var valueType = typeToConvert.GetGenericArguments()[1];
        return !valueType.IsValueType || Nullable.GetUnderlyingType(valueType) is not null;
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireDictionaryConverter<,>).MakeGenericType(typeToConvert.GetGenericArguments()), options)!;
}

public sealed class WireDictionaryConverter<TKey, TValue>(JsonSerializerOptions options) : JsonConverter<Dictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly JsonConverter<TKey> _keys = (JsonConverter<TKey>)options.GetConverter(typeof(TKey));

    public override Dictionary<TKey, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A dictionary is a JSON object.");
        var dictionary = new Dictionary<TKey, TValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = _keys.ReadAsPropertyName(ref reader, typeof(TKey), options);
            reader.Read();
            dictionary[key] = JsonSerializer.Deserialize<TValue>(ref reader, options)!;
        }
        return dictionary;
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<TKey, TValue> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            if (item is null) continue;
            _keys.WriteAsPropertyName(writer, key, options);
            JsonSerializer.Serialize(writer, item, options);
        }
        writer.WriteEndObject();
    }
}
