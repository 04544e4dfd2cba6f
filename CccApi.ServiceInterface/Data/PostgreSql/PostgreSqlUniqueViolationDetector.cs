using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CccApi.ServiceInterface.Data.PostgreSql;

/// <summary>PostgreSQL's unique_violation (SQLSTATE 23505), which names the violated index as its constraint.</summary>
internal sealed class PostgreSqlUniqueViolationDetector : IUniqueViolationDetector
{
    public UniqueViolation? Detect(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
            ? new UniqueViolation(postgres.TableName, [], postgres.ConstraintName)
            : null;
}
