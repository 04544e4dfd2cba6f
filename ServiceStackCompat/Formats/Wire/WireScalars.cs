using System.Globalization;
using System.Xml;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>
/// The text of scalar values as ServiceStack writes them (pinned in the wire tests): shared by the JSON,
/// JSV and CSV writers so that a value reads the same in each.
/// </summary>
public static class WireScalars
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"2026-11-23T10:15:00Z", or "2026-11-23T10:15:00.25Z" when there is a fraction; local times are converted to UTC, unspecified ones taken as UTC.</summary>
    public static string FormatDate(DateTime date)
    {
        var utc = date.Kind switch
        {
            DateTimeKind.Local => date.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(date, DateTimeKind.Utc),
            _ => date,
        };
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", Invariant);
        return fraction == 0
            ? text + "Z"
            : text + "." + fraction.ToString("0000000", Invariant).TrimEnd('0') + "Z";
    }

    /// <summary>Shortest round-trip form ("4.5", "1E+20"); the two extremes are written with a lower-case exponent, as ServiceStack does.</summary>
    public static string FormatDouble(double value) => value switch
    {
        double.MaxValue => "1.7976931348623157e+308",
        double.MinValue => "-1.7976931348623157e+308",
        _ => value.ToString("R", Invariant),
    };

    /// <summary>A float in JSON: the general format with a lower-case exponent ("1e+20").</summary>
    public static string FormatSingleForJson(float value) => value.ToString("g", Invariant);

    /// <summary>A float in JSV and CSV: the round-trip form ("1E+20"), the extremes with a lower-case exponent.</summary>
    public static string FormatSingle(float value) => value switch
    {
        float.MaxValue => "3.4028235e+38",
        float.MinValue => "-3.4028235e+38",
        _ => value.ToString("R", Invariant),
    };

    public static string FormatDecimal(decimal value) => value.ToString(Invariant);

    /// <summary>32 lower-case hex digits.</summary>
    public static string FormatGuid(Guid value) => value.ToString("N");

    /// <summary>An XSD duration ("PT1H30M").</summary>
    public static string FormatTimeSpan(TimeSpan value) => XmlConvert.ToString(value);

    /// <summary>A DateTimeOffset in JSV and CSV: the round-trip form ("2026-11-23T10:15:00.0000000+02:00").</summary>
    public static string FormatDateTimeOffset(DateTimeOffset value) => value.ToString("o", Invariant);

    /// <summary>A DateTimeOffset in JSON: WCF's "/Date(ms+hhmm)/", the offset left out when it is zero.</summary>
    public static string FormatDateTimeOffsetForJson(DateTimeOffset value)
    {
        var ms = (value.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        var text = "/Date(" + ms.ToString(Invariant);
        if (value.Offset != TimeSpan.Zero)
        {
            var offset = value.Offset;
            text += (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", Invariant);
        }
        return text + ")/";
    }

    /// <summary>
    /// ISO-8601 (UTC assumed when no offset is given) and WCF's "/Date(ms)/" or "/Date(ms+hhmm)/" as
    /// <see cref="FormatDateTimeOffsetForJson"/> writes it, the offset kept.
    /// </summary>
    public static bool TryParseDateTimeOffset(string text, out DateTimeOffset value)
    {
        value = default;
        if (!text.StartsWith("/Date(", StringComparison.Ordinal))
            return DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.AssumeUniversal, out value);
        if (!TryParseDate(text, out var utc)) return false;
        var inner = text[6..^2];
        var sign = inner.IndexOfAny(['+', '-'], 1);
        var offset = TimeSpan.Zero;
        if (sign > 0)
        {
            var digits = inner[(sign + 1)..];
            if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, Invariant, out var hhmm)
                || hhmm % 100 >= 60 || hhmm / 100 > 14) return false;
            offset = new TimeSpan(hhmm / 100, hhmm % 100, 0);
            if (inner[sign] == '-') offset = -offset;
        }
        value = new DateTimeOffset(utc).ToOffset(offset);
        return true;
    }

    /// <summary>
    /// ISO-8601 (UTC assumed when no offset is given) and WCF's "/Date(ms)/" or "/Date(ms+hhmm)/", which
    /// ServiceStack clients may send; the result is UTC.
    /// </summary>
    public static bool TryParseDate(string text, out DateTime value)
    {
        if (text.StartsWith("/Date(", StringComparison.Ordinal) && text.EndsWith(")/", StringComparison.Ordinal))
        {
            var inner = text[6..^2];
            var sign = inner.IndexOfAny(['+', '-'], 1);
            if (sign > 0) inner = inner[..sign];
            if (long.TryParse(inner, NumberStyles.Integer, Invariant, out var ms)
                && ms >= -62135596800000 && ms <= 253402300799999)
            {
                value = DateTime.UnixEpoch.AddMilliseconds(ms);
                return true;
            }
            value = default;
            return false;
        }
        if (DateTime.TryParse(text, Invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
            return true;
        }
        return false;
    }
}
