using System.Data.Common;
using System.Runtime.CompilerServices;
using CccApi.ServiceInterface.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Commands;

/// <summary>
/// Plain ADO.NET commands on the request's DbContext connection, for the few statements every hot request
/// sends (see the README's "Data access on hot paths"). They skip EF's query pipeline and change tracker but
/// keep what EF's own commands get: EF opens and closes the connection around them (so its connection
/// interceptors run: one open per request, SQLite's pragmas, a failed open's 503), they join the context's
/// transaction and command timeout, EF's execution strategy runs them (so a failure of the database becomes
/// the same 503/507 through <see cref="DatabaseFailureTranslation"/>, and a write marks the storage writable
/// again), and their parameters come from the model's type mappings, so values are converted and typed
/// exactly as EF sends them. What no command interceptor sees is handled here: SQLite's write gate.
/// </summary>
internal static class RawCommands
{
    /// <summary>
    /// Runs <paramref name="operation"/> through the context's execution strategy, on its connection opened
    /// by EF for the operation's length, as EF runs a query or SaveChanges.
    /// </summary>
    public static Task<TResult> ExecuteAsync<TState, TResult>(
        DbContext db, TState state, Func<DbContext, TState, CancellationToken, Task<TResult>> operation, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            (operation, state),
            static async (context, call, ct) =>
            {
                await context.Database.OpenConnectionAsync(ct);
                try
                {
                    return await call.operation(context, call.state, ct);
                }
                finally
                {
                    await context.Database.CloseConnectionAsync();
                }
            },
            verifySucceeded: null,
            ct);

    /// <summary>A command on the context's connection, in its current transaction if any, with its command timeout.</summary>
    public static DbCommand Create(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
            command.CommandTimeout = timeout;
        return command;
    }

    /// <summary>Adds a parameter typed and converted by <paramref name="mapping"/>, as EF adds its own.</summary>
    public static void AddParameter(DbCommand command, RelationalTypeMapping mapping, string name, object? value, bool nullable = false) =>
        command.Parameters.Add(mapping.CreateParameter(command, name, value, nullable));

    /// <summary>
    /// Runs a command's query: on SQLite from its statement kept prepared on the native connection
    /// (<see cref="SqlitePreparedStatements"/>), elsewhere (or when it cannot) as the command's own.
    /// </summary>
    public static async Task<DbDataReader> ExecuteReaderAsync(DbCommand command, CancellationToken ct) =>
        await SqlitePreparedStatements.ExecuteReaderAsync(command, ct) ?? await command.ExecuteReaderAsync(ct);

    /// <summary>The first column of the query's first row, or null; run as <see cref="ExecuteReaderAsync"/>.</summary>
    public static async Task<object?> ExecuteScalarAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await ExecuteReaderAsync(command, ct);
        return await reader.ReadAsync(ct) ? reader.GetValue(0) : null;
    }

    /// <summary>
    /// Sends a write (INSERT, UPDATE, DELETE): on SQLite through the context's write gate, which EF's own
    /// writes reach as a command interceptor and a raw command does not, from its kept statement
    /// (<see cref="ExecuteReaderAsync"/>); elsewhere as it is.
    /// </summary>
    public static async Task<int> ExecuteWriteAsync(DbContext db, DbCommand command, CancellationToken ct)
    {
        if (db is not SqliteCccDbContext || SqliteWriteGate.Of(db) is not { } gate)
            return await command.ExecuteNonQueryAsync(ct);
        await gate.EnterAsync(command, ct);
        try
        {
            return await SqlitePreparedStatements.ExecuteNonQueryAsync(command, ct) ?? await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            gate.Exit(command);
        }
    }

    /// <summary>
    /// Sends a write as SaveChanges would: through <see cref="ExecuteWriteAsync"/>, and a failure is the
    /// DbUpdateException SaveChanges throws, so the unique-index guard and the execution strategy translate it alike.
    /// </summary>
    public static async Task<int> ExecuteSaveAsync(DbContext db, DbCommand command, CancellationToken ct)
    {
        try
        {
            return await ExecuteWriteAsync(db, command, ct);
        }
        catch (Exception exception) when (exception is not (DbUpdateException or OperationCanceledException))
        {
            // As EF's batch wraps whatever the statement threw.
            throw new DbUpdateException(UpdateStoreMessage, exception);
        }
    }

    // EF's message for a failed SaveChanges (RelationalStrings.UpdateStoreException), so that an unexpected
    // failure reads the same in the logs.
    private const string UpdateStoreMessage = "An error occurred while saving the entity changes. See the inner exception for details.";

    /// <summary>The provider a context speaks, for choosing SQL text once per model.</summary>
    public static SqlDialect DialectOf(DbContext db) => db switch
    {
        SqliteCccDbContext => SqlDialect.Sqlite,
        PostgreSqlCccDbContext => SqlDialect.PostgreSql,
        SqlServerCccDbContext => SqlDialect.SqlServer,
        _ => throw new NotSupportedException($"No raw SQL for {db.GetType().Name}."),
    };

    /// <summary>
    /// A parameter's placeholder in SQL text and its name: PostgreSQL's positional $1, $2 ... with unnamed
    /// parameters (Npgsql then sends the text as is instead of rewriting named ones on every execution),
    /// @p0, @p1 ... elsewhere.
    /// </summary>
    public static (string Placeholder, string Name) Parameter(SqlDialect dialect, int index) => dialect == SqlDialect.PostgreSql
        ? ("$" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "")
        : ("@p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), "@p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

internal enum SqlDialect { Sqlite, PostgreSql, SqlServer }

/// <summary>
/// What a raw command needs from the model (its SQL text, the type mappings of its parameters), built once per
/// model on first use: a process may hold more than one model (SQLite and PostgreSQL hosts side by side in the tests).
/// </summary>
internal sealed class PerModel<TPlan>(Func<DbContext, TPlan> build) where TPlan : class
{
    private readonly ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, TPlan> _plans = new();

    public TPlan For(DbContext db) => _plans.TryGetValue(db.Model, out var plan) ? plan : _plans.GetValue(db.Model, _ => build(db));
}
