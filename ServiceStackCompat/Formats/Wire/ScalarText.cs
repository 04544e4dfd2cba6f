using System.Globalization;
using ServiceStackCompat.Metadata;

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
        if (!ScalarTypes.TryGetKind(type, out var kind)) return null;
        return kind switch
        {
            ScalarKind.String => new(v => (string)v, isQuotable: true),
            ScalarKind.DateTime => new(v => WireScalars.FormatDate((DateTime)v), isQuotable: true),
            ScalarKind.Boolean => new(v => (bool)v ? "True" : "False", isQuotable: false),
            ScalarKind.Guid => new(v => WireScalars.FormatGuid((Guid)v), isQuotable: false),
            ScalarKind.Decimal => new(v => WireScalars.FormatDecimal((decimal)v), isQuotable: false),
            ScalarKind.Float when type == typeof(float) => new(v => WireScalars.FormatSingle((float)v), isQuotable: false),
            ScalarKind.Float => new(v => WireScalars.FormatDouble((double)v), isQuotable: false),
            ScalarKind.TimeSpan => new(v => WireScalars.FormatTimeSpan((TimeSpan)v), isQuotable: false),
            ScalarKind.DateTimeOffset => new(v => WireScalars.FormatDateTimeOffset((DateTimeOffset)v), isQuotable: false, isRaw: true),
            ScalarKind.Char => new(v => ((char)v).ToString(), isQuotable: false, isRaw: true),
            ScalarKind.Enum => new(EnumFormatter(type), isQuotable: false),
            ScalarKind.Integer => new(v => ((IFormattable)v).ToString(null, Invariant), isQuotable: false),
            _ => null,
        };
    }

    private static Func<object, string> EnumFormatter(Type type)
    {
        var format = typeof(WireEnumConverter<>).MakeGenericType(type).GetMethod(nameof(WireEnumConverter<DayOfWeek>.FormatBoxed))!;
        return format.CreateDelegate<Func<object, string>>();
    }
}
