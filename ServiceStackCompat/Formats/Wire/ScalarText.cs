using System.Globalization;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>
/// How a scalar is written in JSV and CSV: its text, and whether that text is a string that JSV must
/// quote when it holds a delimiter (strings and dates are; numbers, Guids and enum names never need it;
/// a char and a DateTimeOffset are written as they are, as ServiceStack does).
/// </summary>
public sealed class ScalarText(Func<object, string> format, bool isQuotable, bool isRaw = false)
{
    public Func<object, string> Format { get; } = format;

    /// <summary>Quoted in JSV when it contains a delimiter.</summary>
    public bool IsQuotable { get; } = isQuotable;

    /// <summary>Written without any quoting, in JSV and in CSV.</summary>
    public bool IsRaw { get; } = isRaw;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ScalarText? For(Type type)
    {
        if (type == typeof(string)) return new(v => (string)v, isQuotable: true);
        if (type == typeof(DateTime)) return new(v => WireScalars.FormatDate((DateTime)v), isQuotable: true);
        if (type == typeof(bool)) return new(v => (bool)v ? "True" : "False", isQuotable: false);
        if (type == typeof(Guid)) return new(v => WireScalars.FormatGuid((Guid)v), isQuotable: false);
        if (type == typeof(decimal)) return new(v => WireScalars.FormatDecimal((decimal)v), isQuotable: false);
        if (type == typeof(double)) return new(v => WireScalars.FormatDouble((double)v), isQuotable: false);
        if (type == typeof(float)) return new(v => WireScalars.FormatSingle((float)v), isQuotable: false);
        if (type == typeof(TimeSpan)) return new(v => WireScalars.FormatTimeSpan((TimeSpan)v), isQuotable: false);
        if (type == typeof(DateTimeOffset)) return new(v => WireScalars.FormatDateTimeOffset((DateTimeOffset)v), isQuotable: false, isRaw: true);
        if (type == typeof(char)) return new(v => ((char)v).ToString(), isQuotable: false, isRaw: true);
        if (type.IsEnum) return new(EnumFormatter(type), isQuotable: false);
        if (type.IsPrimitive) return new(v => ((IFormattable)v).ToString(null, Invariant), isQuotable: false);
        return null;
    }

    private static Func<object, string> EnumFormatter(Type type)
    {
        var format = typeof(WireEnumConverter<>).MakeGenericType(type).GetMethod(nameof(WireEnumConverter<DayOfWeek>.FormatBoxed))!;
        return format.CreateDelegate<Func<object, string>>();
    }
}
