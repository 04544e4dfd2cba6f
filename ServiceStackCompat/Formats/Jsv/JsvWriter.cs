using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using ServiceStackCompat.Formats.Wire;

namespace ServiceStackCompat.Formats.Jsv;

/// <summary>
/// Writes a DTO as JSV (grammar in <see cref="JsvGrammar"/>). Properties, their names and order come
/// from the same System.Text.Json metadata as JSON; each type's writer is built once and cached.
/// </summary>
public static class JsvWriter
{
    private static readonly ConcurrentDictionary<Type, Action<StringBuilder, object>> Writers = new();

    public static string Serialize(object value)
    {
        var text = new StringBuilder(256);
        Write(text, value);
        return text.ToString();
    }

    public static void Write(StringBuilder text, object value) =>
        Writers.GetOrAdd(value.GetType(), CreateWriter)(text, value);

    /// <summary>A scalar's JSV text on its own (as a CSV cell holds it): quoted only when its characters need it.</summary>
    public static string ScalarToString(ScalarText scalar, object value)
    {
        var text = scalar.Format(value);
        return scalar.IsQuotable && JsvGrammar.NeedsQuotes(text) ? JsvGrammar.Quote(text) : text;
    }

    private static Action<StringBuilder, object> CreateWriter(Type type)
    {
        if (ScalarText.For(type) is { } scalar)
            return (text, value) => text.Append(ScalarToString(scalar, value));
        if (typeof(IDictionary).IsAssignableFrom(type))
            return WriteDictionary;
        if (typeof(IEnumerable).IsAssignableFrom(type))
            return WriteList;
        return ObjectWriter(WireJson.Options.GetTypeInfo(type));
    }

    private static Action<StringBuilder, object> ObjectWriter(JsonTypeInfo info)
    {
        var properties = info.Properties
            .Where(p => p.Get is not null)
            .OrderBy(p => p.Order)
            .Select(p => (Name: p.Name + ":", Get: p.Get!, Include: p.ShouldSerialize))
            .ToArray();
        return (text, value) =>
        {
            text.Append('{');
            var first = true;
            foreach (var (name, get, include) in properties)
            {
                var member = get(value);
                if (member is null || (include is not null && !include(value, member))) continue;
                if (!first) text.Append(',');
                first = false;
                text.Append(name);
                Write(text, member);
            }
            text.Append('}');
        };
    }

    private static void WriteList(StringBuilder text, object value)
    {
        text.Append('[');
        var first = true;
        foreach (var item in (IEnumerable)value)
        {
            if (!first) text.Append(',');
            first = false;
            if (item is not null) Write(text, item);
        }
        text.Append(']');
    }

    private static void WriteDictionary(StringBuilder text, object value)
    {
        text.Append('{');
        var first = true;
        foreach (DictionaryEntry entry in (IDictionary)value)
        {
            if (entry.Value is null) continue;
            if (!first) text.Append(',');
            first = false;
            Write(text, entry.Key);
            text.Append(':');
            Write(text, entry.Value);
        }
        text.Append('}');
    }
}
