using System.Globalization;
using ServiceStack;
using ServiceStack.Text;

namespace CccApi.Host.Framework.Formats;

/// <summary>
/// ServiceStack.Text's process-wide settings for the wire format: camelCase names, nulls omitted,
/// enums by name, Guids as 32 hex digits and ISO-8601 UTC dates with a fraction only when non-zero.
/// </summary>
public static class ServiceStackTextConfig
{
    private static readonly Lazy<bool> Configured = new(Configure);

    public static void EnsureConfigured() => _ = Configured.Value;

    private static bool Configure()
    {
        JsConfig.Init(new Config
        {
            TextCase = TextCase.CamelCase,
            ExcludeTypeInfo = true,
            IncludeNullValues = false,
            TreatEnumAsInteger = false,
            AssumeUtc = true,
            AlwaysUseUtc = true,
        });
        JsConfig<DateTime>.SerializeFn = FormatDate;
        JsConfig<DateTime?>.SerializeFn = date => date is { } value ? FormatDate(value) : null!;
        return true;
    }

    /// <summary>"2026-11-23T10:15:00Z", or "2026-11-23T10:15:00.25Z" when there is a fraction.</summary>
    public static string FormatDate(DateTime date)
    {
        var utc = date.Kind switch
        {
            DateTimeKind.Local => date.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(date, DateTimeKind.Utc),
            _ => date,
        };
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return fraction == 0
            ? text + "Z"
            : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0') + "Z";
    }
}
