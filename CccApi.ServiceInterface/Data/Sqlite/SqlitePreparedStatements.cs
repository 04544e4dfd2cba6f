using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// Raw commands' statements prepared once per native SQLite connection instead of once per request.
/// Microsoft.Data.Sqlite finalizes a command's statements when its connection closes, and EF closes the
/// connection at the end of every request, so each request paid SQLite's parse, resolve, plan and code
/// generation again (GetService's five-table SELECT: a sixth of its CPU). The native connection itself
/// outlives the close in Microsoft.Data.Sqlite's pool, and a statement belongs to it, so the statement is
/// kept beside it here. That takes EF's functions registered on it once (<see cref="SqliteFunctionsInterceptor"/>):
/// registered again at each open, they expired every kept statement, which then prepared again inside its next
/// step, dearer than preparing afresh. The connection's life is unchanged: EF still opens and closes it per request (its
/// interceptors, the pool's clearing, a vanished file noticed at the next open), and a statement is used only
/// while the request holds the connection, by one command at a time. A native connection the pool disposes
/// closes once its kept statements are finalized (sqlite3_close_v2): the next new connection finalizes them
/// (<see cref="DiscardClosed"/>), or else the collector, with the connection.
/// </summary>
internal static class SqlitePreparedStatements
{
    /// <summary>At most this many statements per native connection; the least recently used makes room.</summary>
    internal const int Capacity = 64;

    private static readonly ConditionalWeakTable<sqlite3, StatementSet> Sets = new();

    /// <summary>
    /// Runs <paramref name="command"/>'s SELECT (or a write with RETURNING) from its kept statement and returns
    /// its reader positioned before the first row; null when the command cannot run that way (see
    /// <see cref="TryLease"/>), and the caller then runs it as it is.
    /// </summary>
    public static async ValueTask<DbDataReader?> ExecuteReaderAsync(DbCommand command, CancellationToken ct)
    {
        if (TryLease(command) is not { } statement) return null;
        try
        {
            var first = await statement.StepWhileBusyAsync(command.CommandTimeout, ct);
            return new SqlitePreparedStatementReader(statement, first);
        }
        catch
        {
            statement.Return();
            throw;
        }
    }

    /// <summary>Runs <paramref name="command"/>'s write from its kept statement: the rows it changed; null as for <see cref="ExecuteReaderAsync"/>.</summary>
    public static async ValueTask<int?> ExecuteNonQueryAsync(DbCommand command, CancellationToken ct)
    {
        if (TryLease(command) is not { } statement) return null;
        try
        {
            var rc = await statement.StepWhileBusyAsync(command.CommandTimeout, ct);
            while (rc == raw.SQLITE_ROW) rc = statement.Step();
            return statement.IsReadOnly ? -1 : raw.sqlite3_changes(statement.Database);
        }
        finally
        {
            statement.Return();
        }
    }

    /// <summary>
    /// The kept statement of the command's text on its open native connection, its parameters bound; null when
    /// the command is not a SQLite command on an open connection, its text is not one statement, its statement is
    /// in use by another reader, or a parameter's value is one <see cref="SqliteStatementBinder"/> leaves to
    /// Microsoft.Data.Sqlite.
    /// </summary>
    private static PreparedStatement? TryLease(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { State: System.Data.ConnectionState.Open, Handle: { } db } } sqlite)
            return null;
        if (!Sets.TryGetValue(db, out var set))
        {
            DiscardClosed();
            set = Sets.GetValue(db, static db => new StatementSet(db));
        }
        var statement = set.Lease(sqlite.CommandText);
        if (statement is null) return null;
        if (SqliteStatementBinder.TryBind(statement, sqlite.Parameters)) return statement;
        statement.Return();
        return null;
    }

    /// <summary>
    /// Finalizes the statements of native connections the pool has closed since, so that each one's close
    /// completes (file and cache freed) now rather than when the collector gets to it. Runs when a native
    /// connection is first seen, which is when the pool has opened a new one, often to replace a closed one.
    /// </summary>
    private static void DiscardClosed()
    {
        List<KeyValuePair<sqlite3, StatementSet>>? closed = null;
        foreach (var entry in Sets)
            if (entry.Key.IsClosed)
                (closed ??= []).Add(entry);
        if (closed is null) return;
        foreach (var (db, set) in closed)
            if (Sets.Remove(db)) // by one caller only, when two find it at once
                set.DiscardAll();
    }

    /// <summary>The statements kept on one native connection, for the tests (while nothing else uses it).</summary>
    internal static IReadOnlyList<PreparedStatement> Kept(sqlite3 db) => Sets.TryGetValue(db, out var set) ? set.Statements.ToList() : [];

    /// <summary>The statements kept on the open native connections to one database file, for the tests (while nothing else uses them).</summary>
    internal static IReadOnlyList<PreparedStatement> Kept(string databaseFile) =>
        Sets.Where(entry => !entry.Key.IsClosed && raw.sqlite3_db_filename(entry.Key, "main").utf8_to_string() == databaseFile)
            .SelectMany(entry => entry.Value.Statements.ToList())
            .ToList();

    /// <summary>The statements kept for one native connection; used only by the request that holds it.</summary>
    private sealed class StatementSet(sqlite3 db)
    {
        private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);
        private readonly HashSet<string> _notOneStatement = new(StringComparer.Ordinal); // not prepared again to find out
        private long _uses;

        public IEnumerable<PreparedStatement> Statements => _statements.Values;

        public void DiscardAll()
        {
            foreach (var statement in _statements.Values) statement.Discard();
            _statements.Clear();
        }

        public PreparedStatement? Lease(string sql)
        {
            if (!_statements.TryGetValue(sql, out var statement))
            {
                if (_notOneStatement.Contains(sql)) return null;
                statement = PreparedStatement.TryPrepare(db, sql);
                if (statement is null)
                {
                    if (_notOneStatement.Count < Capacity) _notOneStatement.Add(sql);
                    return null;
                }
                if (_statements.Count >= Capacity && !Evict())
                {
                    statement.Discard();
                    return null;
                }
                _statements.Add(sql, statement);
            }
            if (statement.InUse) return null;
            statement.InUse = true;
            statement.LastUse = ++_uses;
            return statement;
        }

        private bool Evict()
        {
            PreparedStatement? oldest = null;
            foreach (var candidate in _statements.Values)
                if (!candidate.InUse && (oldest is null || candidate.LastUse < oldest.LastUse))
                    oldest = candidate;
            if (oldest is null) return false;
            _statements.Remove(oldest.Sql);
            oldest.Discard();
            return true;
        }
    }
}

/// <summary>One kept statement: the native statement, its parameters' names, and whether a command is using it.</summary>
internal sealed class PreparedStatement
{
    private const int BusyRetryMilliseconds = 150;

    private PreparedStatement(sqlite3 database, sqlite3_stmt handle, string sql, string[] parameterNames)
    {
        Database = database;
        Handle = handle;
        Sql = sql;
        ParameterNames = parameterNames;
        IsReadOnly = raw.sqlite3_stmt_readonly(handle) != 0;
    }

    public sqlite3 Database { get; }

    public sqlite3_stmt Handle { get; }

    public string Sql { get; }

    /// <summary>The name of each parameter, by its index less one, as the SQL text writes it (<c>@p0</c>).</summary>
    public string[] ParameterNames { get; }

    public bool IsReadOnly { get; }

    public bool InUse { get; set; }

    public long LastUse { get; set; }

    /// <summary>The statement of <paramref name="sql"/>, or null when the text is more (or less) than one statement.</summary>
    public static PreparedStatement? TryPrepare(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out var handle, out string tail);
        SqliteException.ThrowExceptionForRC(rc, db);
        if (handle.IsInvalid || !string.IsNullOrWhiteSpace(tail))
        {
            handle.Dispose();
            return null;
        }
        var names = new string[raw.sqlite3_bind_parameter_count(handle)];
        for (var i = 0; i < names.Length; i++)
        {
            // A nameless "?" parameter is left to Microsoft.Data.Sqlite, which binds by name only too.
            if (raw.sqlite3_bind_parameter_name(handle, i + 1).utf8_to_string() is not { } name)
            {
                handle.Dispose();
                return null;
            }
            names[i] = name;
        }
        return new PreparedStatement(db, handle, sql, names);
    }

    /// <summary>
    /// The first step, waiting out a busy database as Microsoft.Data.Sqlite does (SQLite's busy_timeout first,
    /// then retries until the command's timeout); throws SqliteException as Microsoft.Data.Sqlite would.
    /// </summary>
    public async ValueTask<int> StepWhileBusyAsync(int timeoutSeconds, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        long started = 0;
        while (true)
        {
            var rc = raw.sqlite3_step(Handle);
            if (rc is raw.SQLITE_ROW or raw.SQLITE_DONE) return rc;
            if (rc is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_LOCKED_SHAREDCACHE))
                return Fail(rc);
            if (started == 0) started = Environment.TickCount64;
            if (timeoutSeconds != 0 && Environment.TickCount64 - started >= timeoutSeconds * 1000L)
                return Fail(rc);
            raw.sqlite3_reset(Handle);
            await Task.Delay(BusyRetryMilliseconds, ct);
        }
    }

    /// <summary>A further step: a row, the end, or SqliteException.</summary>
    public int Step()
    {
        var rc = raw.sqlite3_step(Handle);
        return rc is raw.SQLITE_ROW or raw.SQLITE_DONE ? rc : Fail(rc);
    }

    private int Fail(int rc)
    {
        raw.sqlite3_reset(Handle);
        SqliteException.ThrowExceptionForRC(rc, Database);
        return rc;
    }

    /// <summary>Ends the command's use: the statement reset (its read or write transaction ended) and its values unbound.</summary>
    public void Return()
    {
        raw.sqlite3_reset(Handle);
        raw.sqlite3_clear_bindings(Handle);
        InUse = false;
    }

    public void Discard() => Handle.Dispose();
}
