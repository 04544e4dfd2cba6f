using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Commands;

/// <summary>What an upsert does to a row that exists already: takes the new values, or adds them to its own.</summary>
internal enum UpsertMode { Replace, Add }

/// <summary>
/// Many rows of one entity inserted, or, where a row with the same key exists, updated, in a few statements
/// (<see cref="RawCommands"/>): INSERT ... ON CONFLICT DO UPDATE on SQLite and PostgreSQL, MERGE on SQL Server,
/// as many rows per statement as the provider's parameter limit allows. Values go through the model's type mappings
/// and value converters, as SaveChanges sends them. It runs in the caller's transaction, which must order its
/// writers: within one statement two rows of one key would fail (PostgreSQL, SQL Server).
/// </summary>
/// <param name="keyProperties">The unique key the rows conflict on.</param>
/// <param name="insertedProperties">Written when the row is new, kept when it exists (its primary key, say).</param>
/// <param name="updatedProperties">Written when the row is new, replaced or added to when it exists.</param>
/// <param name="mode">What an existing row's updated properties become.</param>
internal sealed class MultiRowUpsert<TEntity>(string[] keyProperties, string[] insertedProperties, string[] updatedProperties, UpsertMode mode)
    where TEntity : class
{
    // Parameters per statement. SQLite finds each named parameter by a linear scan of the statement's names, so binding
    // costs the square of a statement's parameters (at 1,000 a statement, binding was most of a 1,000-record batch's
    // CPU): it gets small statements. SQL Server allows 2,100.
    private static int MaxParameters(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => 128,
        SqlDialect.SqlServer => 2000,
        _ => 30000,
    };

    private readonly PerModel<Plan> _plans = new(db => Plan.Build(db, keyProperties, insertedProperties, updatedProperties, mode));

    /// <summary>Every column the statement writes: the key, the inserted, then the updated properties.</summary>
    internal IReadOnlyList<string> Properties => [.. keyProperties, .. insertedProperties, .. updatedProperties];

    public Task ExecuteAsync(DbContext db, IReadOnlyList<TEntity> rows, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A multi-row upsert runs in the caller's transaction.");
        if (rows.Count == 0) return Task.CompletedTask;
        return RawCommands.ExecuteAsync(db, (Upsert: this, Rows: rows), static async (context, call, ct) =>
        {
            var plan = call.Upsert._plans.For(context);
            for (var first = 0; first < call.Rows.Count; first += plan.RowsPerStatement)
            {
                var count = Math.Min(plan.RowsPerStatement, call.Rows.Count - first);
                await using var command = RawCommands.Create(context, plan.SqlFor(count));
                for (var row = 0; row < count; row++)
                    plan.Bind(command, row, call.Rows[first + row]);
                await RawCommands.ExecuteSaveAsync(context, command, ct);
            }
            return call.Rows.Count;
        }, ct);
    }

    /// <summary>The statement for <paramref name="rowCount"/> rows on <paramref name="db"/>'s provider, for tests.</summary>
    internal string SqlFor(DbContext db, int rowCount) => _plans.For(db).SqlFor(rowCount);

    private sealed class Plan
    {
        private readonly SqlDialect _dialect;
        private readonly string _table;
        private readonly string[] _columns;
        private readonly int _keyCount;
        private readonly int _updatedCount;
        private readonly UpsertMode _mode;
        private readonly RelationalTypeMapping[] _mappings;
        private readonly bool[] _nullable;
        private readonly IClrPropertyGetter[] _getters;
        private readonly ConcurrentDictionary<int, string> _sqlByRowCount = new();
        private readonly string[] _parameterNames; // built once: a batch binds thousands of values

        private Plan(SqlDialect dialect, string table, string[] columns, int keyCount, int updatedCount, UpsertMode mode, IProperty[] properties)
        {
            _dialect = dialect;
            _table = table;
            _columns = columns;
            _keyCount = keyCount;
            _updatedCount = updatedCount;
            _mode = mode;
            _mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
            _nullable = properties.Select(p => p.IsNullable).ToArray();
            _getters = properties.Select(p => p.GetGetter()).ToArray();
            RowsPerStatement = Math.Max(1, MaxParameters(dialect) / properties.Length);
            _parameterNames = Enumerable.Range(0, RowsPerStatement * columns.Length).Select(i => RawCommands.Parameter(dialect, i).Name).ToArray();
        }

        public int RowsPerStatement { get; }

        public static Plan Build(DbContext db, string[] keyProperties, string[] insertedProperties, string[] updatedProperties, UpsertMode mode)
        {
            var entityType = db.Model.FindEntityType(typeof(TEntity))!;
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sqlHelper = db.GetService<ISqlGenerationHelper>();
            var properties = keyProperties.Concat(insertedProperties).Concat(updatedProperties).Select(name => entityType.FindProperty(name)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {name}.")).ToArray();
            return new Plan(RawCommands.DialectOf(db), sqlHelper.DelimitIdentifier(table.Name, table.Schema),
                properties.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName(table)!)).ToArray(), keyProperties.Length, updatedProperties.Length,
                mode, properties);
        }

        public string SqlFor(int rowCount) => _sqlByRowCount.GetOrAdd(rowCount, Build);

        public void Bind(DbCommand command, int row, TEntity entity)
        {
            for (var column = 0; column < _columns.Length; column++)
            {
                RawCommands.AddParameter(command, _mappings[column], _parameterNames[row * _columns.Length + column],
                    _getters[column].GetClrValue(entity), _nullable[column]);
            }
        }

        private string Build(int rowCount)
        {
            var values = new StringBuilder();
            for (var row = 0; row < rowCount; row++)
            {
                values.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < _columns.Length; column++)
                {
                    if (column > 0) values.Append(", ");
                    values.Append(RawCommands.Parameter(_dialect, row * _columns.Length + column).Placeholder);
                }
                values.Append(')');
            }
            var keys = _columns[.._keyCount];
            var updated = _columns[^_updatedCount..];
            var columnList = string.Join(", ", _columns);
            if (_dialect == SqlDialect.SqlServer)
            {
                // HOLDLOCK: the key range stays locked between MERGE's match and its insert.
                return $"MERGE INTO {_table} WITH (HOLDLOCK) AS [t] USING (VALUES {values}) AS [s] ({columnList}) "
                    + $"ON {string.Join(" AND ", keys.Select(c => $"[t].{c} = [s].{c}"))} "
                    + $"WHEN MATCHED THEN UPDATE SET {string.Join(", ", updated.Select(c => $"[t].{c} = {(_mode == UpsertMode.Add ? $"[t].{c} + " : "")}[s].{c}"))} "
                    + $"WHEN NOT MATCHED THEN INSERT ({columnList}) VALUES ({string.Join(", ", _columns.Select(c => $"[s].{c}"))});";
            }
            return $"INSERT INTO {_table} ({columnList}) VALUES {values} "
                + $"ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET "
                + string.Join(", ", updated.Select(c => $"{c} = {(_mode == UpsertMode.Add ? $"{_table}.{c} + " : "")}excluded.{c}"))
                + ";";
        }
    }
}
