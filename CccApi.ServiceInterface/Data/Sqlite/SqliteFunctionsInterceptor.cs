using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// EF's SQLite functions (<c>regexp</c>, its decimal arithmetic and comparison, the decimal aggregates, the
/// <c>EF_DECIMAL</c> collation) registered once on each native connection, instead of by Microsoft.Data.Sqlite at
/// every open and removed again at every close. SQLite expires every statement prepared on a connection when one of
/// its functions or collations is replaced or removed, so with that per-open registration no prepared statement
/// outlived a request (<see cref="SqlitePreparedStatements"/>), and the registration itself cost each request
/// microseconds and about 4 KB. EF puts the functions on every SqliteConnection it creates; this takes them off as the
/// connection is created and registers the same delegates on a native connection the first time one of EF's
/// connections opens it. The delegates belong to no connection (EF's lambdas, wrapped by Microsoft.Data.Sqlite with
/// the function and its name), so sharing them among the connections that lease a native connection is what
/// registering per open amounted to. Every EF context on the database must carry this interceptor (only
/// <see cref="SqliteCccDbContext"/> does, through <see cref="SqliteRegistration"/>): another context's close would
/// remove the functions from a native connection this one has marked done.
/// Microsoft.Data.Sqlite has no public API for it, so its three fields are found by reflection once
/// (<see cref="IsSupported"/>); with a version that lacks them, connections are left as Microsoft.Data.Sqlite makes them.
/// </summary>
internal sealed class SqliteFunctionsInterceptor : DbConnectionInterceptor
{
    private static readonly FieldInfo? Functions = Field<Dictionary<(string, int), (int, object?, delegate_function_scalar?)>>("_functions");
    private static readonly FieldInfo? Aggregates =
        Field<Dictionary<(string, int), (int, object?, delegate_function_aggregate_step?, delegate_function_aggregate_final?)>>("_aggregates");
    private static readonly FieldInfo? Collations = Field<Dictionary<string, (object?, strdelegate_collation?)>>("_collations");

    private readonly ConditionalWeakTable<SqliteConnection, Registrations> _taken = new();
    private readonly ConditionalWeakTable<sqlite3, object> _registered = new();

    /// <summary>Whether this Microsoft.Data.Sqlite keeps a connection's functions where this interceptor looks for them.</summary>
    public static bool IsSupported => Functions is not null && Aggregates is not null && Collations is not null;

    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (IsSupported && result is SqliteConnection connection)
            _taken.AddOrUpdate(connection, Registrations.TakeFrom(connection));
        return result;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => RegisterOnce(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RegisterOnce(connection);
        return Task.CompletedTask;
    }

    private void RegisterOnce(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } db } sqlite
            || _registered.TryGetValue(db, out _)
            || !_taken.TryGetValue(sqlite, out var registrations))
            return;
        registrations.RegisterOn(db);
        _registered.AddOrUpdate(db, db);
    }

    private static FieldInfo? Field<T>(string name) =>
        typeof(SqliteConnection).GetField(name, BindingFlags.NonPublic | BindingFlags.Instance) is { } field && field.FieldType == typeof(T) ? field : null;

    /// <summary>The functions, aggregates and collations one SqliteConnection carried, as Microsoft.Data.Sqlite holds them.</summary>
    private sealed class Registrations(
        Dictionary<(string, int), (int, object?, delegate_function_scalar?)>? functions,
        Dictionary<(string, int), (int, object?, delegate_function_aggregate_step?, delegate_function_aggregate_final?)>? aggregates,
        Dictionary<string, (object?, strdelegate_collation?)>? collations)
    {
        /// <summary>Takes them off <paramref name="connection"/>, so that its opens and closes leave the native connection's alone.</summary>
        public static Registrations TakeFrom(SqliteConnection connection)
        {
            var taken = new Registrations(
                (Dictionary<(string, int), (int, object?, delegate_function_scalar?)>?)Functions!.GetValue(connection),
                (Dictionary<(string, int), (int, object?, delegate_function_aggregate_step?, delegate_function_aggregate_final?)>?)Aggregates!.GetValue(connection),
                (Dictionary<string, (object?, strdelegate_collation?)>?)Collations!.GetValue(connection));
            Functions.SetValue(connection, null);
            Aggregates.SetValue(connection, null);
            Collations.SetValue(connection, null);
            return taken;
        }

        public void RegisterOn(sqlite3 db)
        {
            foreach (var ((name, arity), (flags, state, function)) in functions ?? [])
                Check(raw.sqlite3_create_function(db, name, arity, flags, state, function), db);
            foreach (var ((name, arity), (flags, state, step, final)) in aggregates ?? [])
                Check(raw.sqlite3_create_function(db, name, arity, flags, state, step, final), db);
            foreach (var (name, (state, collation)) in collations ?? [])
                Check(raw.sqlite3_create_collation(db, name, state, collation), db);
        }

        private static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);
    }
}
