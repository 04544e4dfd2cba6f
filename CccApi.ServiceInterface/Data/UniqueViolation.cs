using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// What a provider tells about a violated unique constraint: SQLite names the table and columns,
/// PostgreSQL and SQL Server name the index. Whichever is known is enough to find the index in the model.
/// </summary>
public sealed record UniqueViolation(string? TableName, IReadOnlyList<string> ColumnNames, string? IndexName);

/// <summary>Recognises a provider's unique-violation error; one implementation per database provider.</summary>
public interface IUniqueViolationDetector
{
    /// <summary>The violation behind <paramref name="exception"/>, or null when it is some other failure.</summary>
    UniqueViolation? Detect(DbUpdateException exception);
}
