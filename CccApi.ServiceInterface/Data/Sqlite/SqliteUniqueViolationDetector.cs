using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555). SQLite reports the columns
/// in its message ("UNIQUE constraint failed: Services.PrimaryDomain"), or "index 'name'" for some indexes.
/// </summary>
internal sealed class SqliteUniqueViolationDetector : IUniqueViolationDetector
{
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;
    private const string Marker = "constraint failed: ";

    public UniqueViolation? Detect(DbUpdateException exception)
    {
        if (exception.InnerException is not SqliteException sqlite
            || sqlite.SqliteExtendedErrorCode is not (ConstraintUnique or ConstraintPrimaryKey))
            return null;

        var message = sqlite.Message;
        var start = message.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
            return new UniqueViolation(null, [], null);

        var detail = message[(start + Marker.Length)..].TrimEnd('.', '\'', ' ');
        if (detail.StartsWith("index '", StringComparison.OrdinalIgnoreCase))
            return new UniqueViolation(null, [], detail["index '".Length..].TrimEnd('\''));

        var qualified = detail.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var table = qualified.Length > 0 && qualified[0].Contains('.') ? qualified[0][..qualified[0].IndexOf('.')] : null;
        var columns = qualified.Select(c => c.Contains('.') ? c[(c.IndexOf('.') + 1)..] : c).ToList();
        return new UniqueViolation(table, columns, null);
    }
}
