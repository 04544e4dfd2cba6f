using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Binding;

/// <summary>
/// Fills a request DTO from a JSON body: property names match case-insensitively, unknown names are
/// ignored, and a value of the wrong type is a binding error naming the field (never a silent default).
/// </summary>
public static class JsonRequestReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public static void Populate(ReadOnlySequence<byte> body, object target, TypeModel model, string operationName)
    {
        // JSON is UTF-8 text (RFC 8259); the reader only decodes the strings it reads, so check the whole body.
        if (!IsUtf8(body))
            throw Malformed(operationName, "The body is not valid UTF-8.");
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            if (!reader.Read()) return;
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Malformed(operationName, $"Type definitions should start with a '{{', expecting serialized type '{operationName}', got {Describe(reader.TokenType)}");
            ReadObject(ref reader, target, model, null, operationName);
            if (reader.Read())
                throw Malformed(operationName, "Unexpected content after the end of the request object.");
        }
        catch (JsonException ex)
        {
            throw Malformed(operationName, ex.Message, ex);
        }
    }

    private static bool IsUtf8(ReadOnlySequence<byte> body) =>
        body.IsSingleSegment ? Utf8.IsValid(body.FirstSpan) : Utf8.IsValid(body.ToArray());

    private static RequestBindingException Malformed(string operationName, string error, Exception? inner = null) =>
        new($"Could not deserialize 'application/json' request using '{operationName}'\nError: {error}", inner: inner);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static void ReadObject(ref Utf8JsonReader reader, object target, TypeModel model, string? prefix, string operationName)
    {
        Span<char> nameBuffer = stackalloc char[128];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = FindProperty(ref reader, model, nameBuffer, operationName);
            reader.Read();
            if (property is null)
            {
                reader.Skip();
                continue;
            }
            var value = ReadValue(ref reader, property.Shape, prefix, property.Name, property.IsSecret, operationName);
            if (value is null && !property.Shape.AcceptsNull) continue; // null for a value type keeps its default
            property.Set(target, value);
        }
    }

    private static PropertyModel? FindProperty(ref Utf8JsonReader reader, TypeModel model, scoped Span<char> buffer, string operationName)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= buffer.Length && !reader.ValueIsEscaped)
        {
            // Unescaped UTF-8 the whole body was checked to be: it always decodes.
            var written = reader.CopyString(buffer);
            return model.FindProperty(buffer[..written]);
        }
        // The only name the reader cannot decode is one escaping a lone surrogate (\ud800): valid JSON
        // syntax, but not text. Values are handled field by field in ReadScalar.
        string name;
        try
        {
            name = reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw Malformed(operationName, "The body escapes a character that is not valid Unicode.", ex);
        }
        return model.FindProperty(name);
    }

    private static object? ReadValue(ref Utf8JsonReader reader, ValueShape shape, string? prefix, string name, bool isSecret, string operationName)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        switch (shape)
        {
            case ScalarShape scalar:
                return ReadScalar(ref reader, scalar, prefix, name, isSecret, operationName);
            case TypeModel nested when reader.TokenType == JsonTokenType.StartObject:
            {
                var instance = nested.Factory();
                ReadObject(ref reader, instance, nested, Path(prefix, name), operationName);
                return instance;
            }
            case CollectionShape collection when reader.TokenType == JsonTokenType.StartArray:
            {
                var items = new List<object?>();
                var path = Path(prefix, name);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = ReadValue(ref reader, collection.Element, null, $"{path}[{items.Count}]", isSecret, operationName);
                    if (item is null && !collection.Element.AcceptsNull)
                        throw RequestBindingException.InvalidValue(operationName, $"{path}[{items.Count}]", "null", isSecret);
                    items.Add(item);
                }
                return collection.Create(items);
            }
            case DictionaryShape dictionary when reader.TokenType == JsonTokenType.StartObject:
                return ReadDictionary(ref reader, dictionary, Path(prefix, name), isSecret, operationName);
            default:
                var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                var shown = isContainer ? null : RawText(ref reader);
                // Read past it first, as ReadScalar does: a body nested beyond MaxDepth is then refused whole, wherever the nesting starts.
                if (isContainer) reader.Skip();
                throw RequestBindingException.InvalidValue(operationName, Path(prefix, name), shown, isSecret);
        }
    }

    private static IDictionary ReadDictionary(ref Utf8JsonReader reader, DictionaryShape shape, string path, bool isSecret, string operationName)
    {
        var dictionary = shape.Create();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var keyText = reader.GetString()!;
            if (!ScalarParser.TryParse(shape.Key, keyText, out var key) || key is null)
                throw RequestBindingException.InvalidValue(operationName, path, keyText, isSecret);
            reader.Read();
            dictionary[key] = ReadValue(ref reader, shape.Value, path, keyText, isSecret, operationName);
        }
        return dictionary;
    }

    private static object? ReadScalar(ref Utf8JsonReader reader, ScalarShape shape, string? prefix, string name, bool isSecret, string operationName)
    {
        object? value = null;
        var ok = reader.TokenType switch
        {
            JsonTokenType.String => TryGetText(ref reader, out var text) && (shape.Kind == ScalarKind.String
                ? (value = text) is not null
                : ScalarParser.TryParse(shape, text, out value)),
            JsonTokenType.Number => TryReadNumber(ref reader, shape, out value),
            JsonTokenType.True or JsonTokenType.False => TryReadBoolean(ref reader, shape, out value),
            _ => false,
        };
        if (ok) return value;
        var shown = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? null : RawText(ref reader);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        throw RequestBindingException.InvalidValue(operationName, Path(prefix, name), shown, isSecret);
    }

    /// <summary>
    /// The string's text; false when it escapes a lone surrogate (\ud800), which is valid JSON syntax but
    /// not text: the reader refuses to decode it, and the field is then a value of the wrong kind.
    /// </summary>
    private static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    private static bool TryReadNumber(ref Utf8JsonReader reader, ScalarShape shape, out object? value)
    {
        value = null;
        switch (shape.Kind)
        {
            case ScalarKind.Integer:
                if (reader.TryGetInt64(out var integer)) return ScalarParser.TryNarrow(shape.ValueType, integer, out value);
                if (shape.ValueType == typeof(ulong) && reader.TryGetUInt64(out var big)) { value = big; return true; }
                return false;
            case ScalarKind.Decimal:
                if (!reader.TryGetDecimal(out var number)) return false;
                value = number;
                return true;
            case ScalarKind.Float:
                if (!reader.TryGetDouble(out var real) || !double.IsFinite(real)) return false;
                value = shape.ValueType == typeof(float) ? (object)(float)real : real;
                return shape.ValueType != typeof(float) || float.IsFinite((float)real);
            case ScalarKind.Enum:
                if (!reader.TryGetInt64(out var ordinal)) return false;
                var candidate = Enum.ToObject(shape.ValueType, ordinal);
                if (!Enum.IsDefined(shape.ValueType, candidate)) return false;
                value = candidate;
                return true;
            case ScalarKind.String:
                value = RawText(ref reader);
                return true;
            default:
                return false;
        }
    }

    private static bool TryReadBoolean(ref Utf8JsonReader reader, ScalarShape shape, out object? value)
    {
        var boolean = reader.TokenType == JsonTokenType.True;
        value = shape.Kind switch
        {
            ScalarKind.Boolean => boolean,
            ScalarKind.String => boolean ? "true" : "false",
            _ => null,
        };
        return value is not null;
    }

    private static string RawText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            try { return reader.GetString() ?? ""; }
            catch (InvalidOperationException) { return ""; }
        }
        var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    private static string Path(string? prefix, string name) => prefix is null ? name : $"{prefix}.{name}";
}
