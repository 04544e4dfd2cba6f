using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CccApi.ServiceInterface.Data;

internal static class FailureEventLevels
{
    /// <summary>
    /// EF logs a failed connection, command, transaction, query or SaveChanges as an error with its stack trace,
    /// two or three times for one failure, and the host logs the same failure again as it answers (one line for a
    /// failure of the database itself, the exception for anything unexpected). EF's own events go to Debug, so a
    /// full disk or an outage is one line per failed request rather than pages of stack traces.
    /// </summary>
    public static DbContextOptionsBuilder LogFailuresAsDebug(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
}
