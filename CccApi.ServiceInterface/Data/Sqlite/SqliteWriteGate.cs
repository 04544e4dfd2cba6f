using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// Lets this process's writers take SQLite's single write lock one at a time, in arrival order, waiting
/// asynchronously. Without it, writers that find the file locked wait in SQLite's busy handler, which
/// blocks the thread in sleeps that grow to 100 ms and wakes in no order, so under concurrent writes the
/// slowest requests wait far longer than the queue is deep. A write transaction holds the gate from its
/// start to its end; a write outside a transaction (an INSERT, UPDATE or DELETE EF sends on its own) for
/// that command; a connection closing, or the request's scope ending (<see cref="SqliteWriteGateRelease"/>),
/// gives back whatever it still holds. Reads never wait here: WAL lets them run beside the writer. The
/// gate only orders writers; SQLite's lock still decides, so a wait that outlasts <see cref="MaxWait"/>
/// (or another process writing the file) falls back to the busy timeout.
/// </summary>
internal sealed class SqliteWriteGate : IDbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    /// <summary>As long as the connection's busy_timeout: past it SQLite would have given up too.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(SqlitePragmaInterceptor.BusyTimeoutMilliseconds);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, Lease> _leases = new();

    /// <summary>Whether no writer holds the gate now.</summary>
    public bool IsFree => _gate.CurrentCount == 1;

    // ---- transactions: the gate from BEGIN to COMMIT or ROLLBACK -------------------------------

    // The gate and BEGIN are taken together: a caller that goes away between the two (its token
    // cancelled) would otherwise leave the gate held by a transaction that never started.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (result.HasResult || !Acquire(connection, inTransaction: true)) return result;
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(eventData.IsolationLevel));
        }
        catch
        {
            Release(connection);
            throw;
        }
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (result.HasResult || !await AcquireAsync(connection, inTransaction: true, cancellationToken)) return result;
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(await connection.BeginTransactionAsync(eventData.IsolationLevel, CancellationToken.None));
        }
        catch
        {
            Release(connection);
            throw;
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(ConnectionOf(eventData));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(ConnectionOf(eventData));
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(ConnectionOf(eventData));

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(ConnectionOf(eventData));
        return Task.CompletedTask;
    }

    // COMMIT or ROLLBACK failed: the transaction is over either way.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(ConnectionOf(eventData));

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(ConnectionOf(eventData));
        return Task.CompletedTask;
    }

    // A completed SqliteTransaction no longer knows its connection; the context still does.
    private static DbConnection? ConnectionOf(TransactionEventData eventData) => eventData.Context?.Database.GetDbConnection();

    // ---- a write outside a transaction: the gate for that command --------------------------------

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        AcquireForAutocommitWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await AcquireForAutocommitWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        AcquireForAutocommitWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await AcquireForAutocommitWriteAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        AcquireForAutocommitWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await AcquireForAutocommitWriteAsync(command, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ReleaseAutocommit(command.Connection);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ReleaseAutocommit(command.Connection);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        ReleaseAutocommit(command.Connection);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        ReleaseAutocommit(command.Connection);
        return ValueTask.FromResult(result);
    }

    // A reader's statement keeps SQLite's lock until the reader is done with it.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ReleaseAutocommit(command.Connection);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ReleaseAutocommit(command.Connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ReleaseAutocommit(command.Connection);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ReleaseAutocommit(command.Connection);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseAutocommit(command.Connection);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ReleaseAutocommit(command.Connection);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseAutocommit(command.Connection);
        return Task.CompletedTask;
    }

    // ---- a raw command sent on the context's connection (Data/Commands), which no interceptor sees ----

    /// <summary>The write gate among <paramref name="db"/>'s interceptors, if it has one; looked up once per options.</summary>
    public static SqliteWriteGate? Of(DbContext db) =>
        GatesByOptions.GetValue(db.GetService<IDbContextOptions>(), static options =>
            new StrongBox<SqliteWriteGate?>(options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SqliteWriteGate>().FirstOrDefault())).Value;

    /// <summary>Takes the gate for a raw <paramref name="command"/> as for EF's own (a write outside a transaction); then <see cref="Exit"/>.</summary>
    public ValueTask EnterAsync(DbCommand command, CancellationToken cancellationToken) => AcquireForAutocommitWriteAsync(command, cancellationToken);

    /// <summary>The raw command is done, whether it succeeded or failed: as EF's executed, failed and cancelled events.</summary>
    public void Exit(DbCommand command) => ReleaseAutocommit(command.Connection);

    private static readonly ConditionalWeakTable<IDbContextOptions, StrongBox<SqliteWriteGate?>> GatesByOptions = new();

    // ---- whatever a connection still holds when it closes (a transaction disposed uncommitted) ---

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Gives back what <paramref name="connection"/> still holds: called when the request's scope ends, for
    /// the one case no event reports, a transaction disposed uncommitted (a caller that went away) on a
    /// connection EF keeps open.
    /// </summary>
    public void ReleaseHeldBy(DbConnection connection) => Release(connection);

    // ---- the gate ---------------------------------------------------------------------------------

    private static bool IsAutocommitWrite(DbCommand command) =>
        command.Transaction is null && command.Connection is not null && SqlStatements.StartsWithWrite(command.CommandText);

    private void AcquireForAutocommitWrite(DbCommand command)
    {
        if (IsAutocommitWrite(command)) Acquire(command.Connection!, inTransaction: false);
    }

    private async ValueTask AcquireForAutocommitWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (IsAutocommitWrite(command)) await AcquireAsync(command.Connection!, inTransaction: false, cancellationToken);
    }

    /// <returns>True when this call took the gate (false when the connection held it already, or the wait timed out).</returns>
    private bool Acquire(DbConnection connection, bool inTransaction)
    {
        var lease = _leases.GetOrCreateValue(connection);
        if (lease.State != LeaseState.None) return false;
        if (!_gate.Wait(MaxWait)) return false;
        lease.State = Held(inTransaction);
        return true;
    }

    private async ValueTask<bool> AcquireAsync(DbConnection connection, bool inTransaction, CancellationToken cancellationToken)
    {
        var lease = _leases.GetOrCreateValue(connection);
        if (lease.State != LeaseState.None) return false;
        if (!await _gate.WaitAsync(MaxWait, cancellationToken)) return false;
        lease.State = Held(inTransaction);
        return true;
    }

    private static LeaseState Held(bool inTransaction) => inTransaction ? LeaseState.Transaction : LeaseState.Statement;

    private void ReleaseAutocommit(DbConnection? connection)
    {
        if (connection is not null && _leases.TryGetValue(connection, out var lease) && lease.State == LeaseState.Statement)
            Give(lease);
    }

    private void Release(DbConnection? connection)
    {
        if (connection is not null && _leases.TryGetValue(connection, out var lease) && lease.State != LeaseState.None)
            Give(lease);
    }

    private void Give(Lease lease)
    {
        lease.State = LeaseState.None;
        _gate.Release();
    }

    private enum LeaseState { None, Statement, Transaction }

    // A connection is used by one request at a time, so its lease needs no lock.
    private sealed class Lease
    {
        public LeaseState State;
    }
}
