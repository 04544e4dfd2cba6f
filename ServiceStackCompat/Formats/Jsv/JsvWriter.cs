using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ServiceStackCompat.Formats.Wire;

namespace ServiceStackCompat.Formats.Jsv;

/// <summary>
/// Writes a DTO as JSV (grammar in <see cref="JsvGrammar"/>). Properties, their names and order come
/// from the same System.Text.Json metadata as JSON; each type's writer is built once and cached.
/// </summary>
public static class JsvWriter
{
    private static readonly TypeWriters Wire = new(WireJson.Options);
    private static readonly TypeWriters Samples = new(WireJson.SampleOptions);

    public static string Serialize(object value) => Wire.Serialize(value);

    /// <summary>A metadata page's sample: every member, an unset date too (see <see cref="WireJson.SampleOptions"/>).</summary>
    public static string SerializeSample(object value) => Samples.Serialize(value);

    public static void Write(StringBuilder text, object value) => Wire.Write(text, value);

    /// <summary>A scalar's JSV text on its own (as a CSV cell holds it): quoted only when its characters need it.</summary>
    public static string ScalarToString(ScalarText scalar, object value)
    {
        var text = scalar.Format(value);
        return scalar.IsQuotable && JsvGrammar.NeedsQuotes(text) ? JsvGrammar.Quote(text) : text;
    }

    /// <summary>The writer of each type under one set of serializer settings, built once and cached.</summary>
    private sealed class TypeWriters
    {
        private readonly ConcurrentDictionary<Type, Action<StringBuilder, object>> _writers = new();
        private readonly JsonSerializerOptions _options;
        private readonly Func<Type, Action<StringBuilder, object>> _createWriter; // one delegate, not one per value written

        public TypeWriters(JsonSerializerOptions options)
        {
            _options = options;
            _createWriter = CreateWriter;
        }

        public string Serialize(object value)
        {
            var text = new StringBuilder(256);
            Write(text, value);
            return text.ToString();
        }

        public void Write(StringBuilder text, object value) =>
            _writers.GetOrAdd(value.GetType(), _createWriter)(text, value);

        private Action<StringBuilder, object> CreateWriter(Type type)
        {
            if (ScalarText.For(type) is { } scalar)
                return (text, value) => text.Append(ScalarToString(scalar, value));
            if (typeof(IDictionary).IsAssignableFrom(type))
                return WriteDictionary;
            if (typeof(IEnumerable).IsAssignableFrom(type))
                return WriteList;
            return ObjectWriter(_options.GetTypeInfo(type));
        }

        private Action<StringBuilder, object> ObjectWriter(JsonTypeInfo info)
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

        private void WriteList(StringBuilder text, object value)
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

        private void WriteDictionary(StringBuilder text, object value)
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
}
