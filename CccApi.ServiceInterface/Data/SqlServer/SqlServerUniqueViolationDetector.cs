using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.SqlServer;

/// <summary>SQL Server's duplicate-key errors 2601 and 2627, which name the violated index or constraint.</summary>
internal sealed class SqlServerUniqueViolationDetector : IUniqueViolationDetector
{
    public UniqueViolation? Detect(DbUpdateException exception) =>
        exception.InnerException is SqlException sql ? SqlServerUniqueViolations.Parse(sql.Number, sql.Message) : null;
}
