using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// Every decimal is read back without trailing zeros: a price stored as 4.5 reads as 4.5 from each provider
/// (SQLite's text gives 4.5, PostgreSQL's numeric(18,4) 4.5000), so the JSON is the same on every database.
/// </summary>
internal sealed class NormalizedDecimalConverter() : ValueConverter<decimal, decimal>(v => v, v => Normalize(v))
{
    // Dividing by 1 written with the most decimal places decimal holds drops the trailing zeros and keeps the value.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
