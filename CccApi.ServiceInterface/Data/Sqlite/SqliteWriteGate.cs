using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// One writer at a time, waited for asynchronously. SQLite itself allows one writer per file; when two
/// collide, the loser's busy handler sleeps and polls (1, 2, 5 ... 100 ms), which under concurrent writes
/// makes the tail latency. Here a writer instead waits in a FIFO queue for the one before it. A write is
/// a SaveChanges outside a transaction, or a transaction from its start to its commit or rollback; the
/// gate is held per connection, and given back at the latest when the connection closes (EF closes the
/// connection it opened when a transaction is disposed without being committed). If the gate cannot be
/// had within <see cref="WaitLimit"/>, the write goes ahead unguarded and SQLite's own locking decides,
/// as without the gate, so a bug here can slow writes but never deadlock them.
/// </summary>
internal sealed class SqliteWriteGate : DbConnectionInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, Hold> _holds = new();

    // ---- SaveChanges outside a transaction ----------------------------------------------------------

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (SaveNeedsGate(eventData) is { } hold) hold.EnterForSave(_gate, WaitLimit);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (SaveNeedsGate(eventData) is { } hold) await hold.EnterForSaveAsync(_gate, WaitLimit, cancellationToken);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ExitSave(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ExitSave(eventData);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => ExitSave(eventData);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitSave(eventData);
        return Task.CompletedTask;
    }

    // ---- transactions ------------------------------------------------------------------------------

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        HoldOf(connection).Enter(_gate, WaitLimit);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await HoldOf(connection).EnterAsync(_gate, WaitLimit, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData);
        return Task.CompletedTask;
    }

    // ---- the connection closing ends whatever it still held ------------------------------------------

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => ReleaseAll(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        ReleaseAll(connection);
        return Task.CompletedTask;
    }

    private Hold HoldOf(DbConnection connection) => _holds.GetValue(connection, _ => new Hold());

    /// <summary>A save needs the gate unless it runs inside a transaction, which already holds it.</summary>
    private Hold? SaveNeedsGate(DbContextEventData eventData) =>
        eventData.Context is { } context && context.Database.CurrentTransaction is null
            ? HoldOf(context.Database.GetDbConnection())
            : null;

    private void ExitSave(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _holds.TryGetValue(context.Database.GetDbConnection(), out var hold))
            hold.ExitSave();
    }

    /// <summary>The transaction's connection, from its context: a committed SqliteTransaction no longer knows it.</summary>
    private void Exit(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _holds.TryGetValue(context.Database.GetDbConnection(), out var hold))
            hold.Exit();
    }

    private void ReleaseAll(DbConnection connection)
    {
        if (_holds.TryGetValue(connection, out var hold)) hold.ReleaseAll();
    }

    /// <summary>
    /// One connection's claim on the gate: nested entries (a transaction SaveChanges opens itself) count,
    /// the gate is taken on the first and given back on the last. A claim that timed out holds nothing.
    /// </summary>
    private sealed class Hold
    {
        private readonly Lock _lock = new();
        private SemaphoreSlim? _held;
        private int _depth;
        private bool _saveEntered;

        public void Enter(SemaphoreSlim gate, TimeSpan limit)
        {
            if (TryNest()) return;
            Acquired(gate, gate.Wait(limit));
        }

        public async ValueTask EnterAsync(SemaphoreSlim gate, TimeSpan limit, CancellationToken cancellationToken)
        {
            if (TryNest()) return;
            Acquired(gate, await gate.WaitAsync(limit, cancellationToken));
        }

        public void EnterForSave(SemaphoreSlim gate, TimeSpan limit)
        {
            Enter(gate, limit);
            _saveEntered = true;
        }

        public async ValueTask EnterForSaveAsync(SemaphoreSlim gate, TimeSpan limit, CancellationToken cancellationToken)
        {
            await EnterAsync(gate, limit, cancellationToken);
            _saveEntered = true;
        }

        public void ExitSave()
        {
            if (!_saveEntered) return;
            _saveEntered = false;
            Exit();
        }

        public void Exit()
        {
            SemaphoreSlim? release = null;
            lock (_lock)
            {
                if (_depth == 0) return;
                if (--_depth == 0) (release, _held) = (_held, null);
            }
            release?.Release();
        }

        public void ReleaseAll()
        {
            SemaphoreSlim? release;
            lock (_lock)
            {
                (release, _held, _depth, _saveEntered) = (_held, null, 0, false);
            }
            release?.Release();
        }

        private bool TryNest()
        {
            lock (_lock)
            {
                if (_depth == 0) return false;
                _depth++;
                return true;
            }
        }

        private void Acquired(SemaphoreSlim gate, bool entered)
        {
            lock (_lock)
            {
                _depth = 1;
                _held = entered ? gate : null;
            }
        }
    }
}
