using System.Globalization;
using ServiceStackCompat.Formats.Wire;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Binding;

/// <summary>Parses text (query, form, path, JSON strings) into a scalar, strictly: a wrong value is not a default.</summary>
public static class ScalarParser
{
    public static bool TryParse(ScalarShape shape, string text, out object? value)
    {
        value = null;
        var type = shape.ValueType;
        switch (shape.Kind)
        {
            case ScalarKind.String:
                value = text;
                return true;
            case ScalarKind.Boolean:
                if (bool.TryParse(text.Trim(), out var boolean)) { value = boolean; return true; }
                return false;
            case ScalarKind.Guid:
                if (Guid.TryParse(text.Trim(), out var guid)) { value = guid; return true; }
                return false;
            case ScalarKind.Integer:
                return TryParseInteger(type, text.Trim(), out value);
            case ScalarKind.Decimal:
                if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) { value = number; return true; }
                return false;
            case ScalarKind.Float:
                if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real) || !double.IsFinite(real)) return false;
                value = type == typeof(float) ? (object)(float)real : real;
                return type != typeof(float) || float.IsFinite((float)real);
            case ScalarKind.DateTime:
                if (TryParseDateTime(text.Trim(), out var date)) { value = date; return true; }
                return false;
            case ScalarKind.DateTimeOffset:
                if (WireScalars.TryParseDateTimeOffset(text.Trim(), out var offset)) { value = offset; return true; }
                return false;
            case ScalarKind.TimeSpan:
                if (TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var span)
                    || TryParseXsdDuration(text.Trim(), out span)) { value = span; return true; }
                return false;
            case ScalarKind.Enum:
                return TryParseEnum(type, text.Trim(), out value);
            case ScalarKind.Char:
                if (text.Length == 1) { value = text[0]; return true; }
                return false;
            default:
                return false;
        }
    }

    private static bool TryParseInteger(Type type, string text, out object? value)
    {
        value = null;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            if (type == typeof(ulong) && ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big)) { value = big; return true; }
            return false;
        }
        return TryNarrow(type, number, out value);
    }

    /// <summary>Converts to the property's integer type, failing (not wrapping) when out of range.</summary>
    public static bool TryNarrow(Type type, long number, out object? value)
    {
        value = null;
        try
        {
            value = type switch
            {
                _ when type == typeof(int) => checked((int)number),
                _ when type == typeof(long) => number,
                _ when type == typeof(short) => checked((short)number),
                _ when type == typeof(byte) => checked((byte)number),
                _ when type == typeof(uint) => checked((uint)number),
                _ when type == typeof(ulong) => checked((ulong)number),
                _ when type == typeof(ushort) => checked((ushort)number),
                _ when type == typeof(sbyte) => checked((sbyte)number),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return false;
        }
        return value is not null;
    }

    private static bool TryParseEnum(Type type, string text, out object? value)
    {
        value = null;
        if (text.Length == 0) return false;
        if (char.IsDigit(text[0]) || text[0] == '-')
        {
            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return false;
            var candidate = Enum.ToObject(type, number);
            if (!Enum.IsDefined(type, candidate)) return false;
            value = candidate;
            return true;
        }
        foreach (var name in Enum.GetNames(type))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse(type, name);
                return true;
            }
        }
        return false;
    }

    private static bool TryParseDateTime(string text, out DateTime value) => WireScalars.TryParseDate(text, out value);

    private static bool TryParseXsdDuration(string text, out TimeSpan value)
    {
        try
        {
            value = System.Xml.XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            value = default;
            return false;
        }
    }
}
