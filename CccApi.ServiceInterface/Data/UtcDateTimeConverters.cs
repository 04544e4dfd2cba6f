using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// Every DateTime is stored as UTC and read back marked UTC: providers such as SQLite return
/// Unspecified, which serializers would otherwise treat as local time.
/// </summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(v => ToUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    // Unspecified values come from callers that sent no zone; the API's dates are UTC, so they are taken as UTC.
    internal static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}

internal sealed class NullableUtcDateTimeConverter()
    : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? UtcDateTimeConverter.ToUtc(v.Value) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
