using System.Data.Common;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Commands;

/// <summary>
/// CreateServiceSku's one-row INSERT as a raw command (<see cref="RawCommands"/>): what SaveChanges would send
/// for one added <see cref="ServiceSku"/> (every column, values through the model's type mappings and value
/// converters), without the change tracker and update pipeline. A failure is the DbUpdateException
/// SaveChanges throws, so <see cref="Rules.UniqueIndexGuard"/> and the execution strategy translate it alike.
/// </summary>
internal static class ServiceSkuInsert
{
    /// <summary>Every property of <see cref="ServiceSku"/>, in the order <see cref="Plan.Bind"/> gives their values.</summary>
    internal static readonly string[] Properties =
    [
        nameof(ServiceSku.Id), nameof(ServiceSku.AssignedDate), nameof(ServiceSku.BillingMetric), nameof(ServiceSku.Description),
        nameof(ServiceSku.EndedDate), nameof(ServiceSku.IsEditable), nameof(ServiceSku.Name), nameof(ServiceSku.Quantity),
        nameof(ServiceSku.ServiceId), nameof(ServiceSku.ServiceSkuBundleId), nameof(ServiceSku.SkuId), nameof(ServiceSku.UnitPrice),
    ];

    private static readonly PerModel<Plan> Plans = new(Plan.Build);

    /// <summary>Inserts <paramref name="sku"/>; throws as SaveChanges would for it.</summary>
    public static Task InsertAsync(DbContext db, ServiceSku sku, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, sku, static async (context, sku, ct) =>
        {
            var plan = Plans.For(context);
            await using var command = RawCommands.Create(context, plan.SqlFor(context));
            plan.Bind(command, sku);
            await RawCommands.ExecuteSaveAsync(context, command, ct);
            return 1; // as SaveChanges counts the rows it wrote; the execution strategy notes a successful write
        }, ct);

    /// <summary>The statement for one model and provider: SQL text built once, and each column's type mapping.</summary>
    internal sealed class Plan
    {
        private readonly string _sql;
        private readonly string _sqlOutsideTransaction;
        private readonly RelationalTypeMapping[] _mappings;
        private readonly bool[] _nullable;
        private readonly string[] _names;

        private Plan(string sql, string sqlOutsideTransaction, RelationalTypeMapping[] mappings, bool[] nullable, string[] names)
        {
            _sql = sql;
            _sqlOutsideTransaction = sqlOutsideTransaction;
            _mappings = mappings;
            _nullable = nullable;
            _names = names;
        }

        public static Plan Build(DbContext db)
        {
            var dialect = RawCommands.DialectOf(db);
            var entityType = db.Model.FindEntityType(typeof(ServiceSku))!;
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sqlHelper = db.GetService<ISqlGenerationHelper>();
            var properties = Properties.Select(name => entityType.FindProperty(name)!).ToArray();
            var parameters = Enumerable.Range(0, properties.Length).Select(i => RawCommands.Parameter(dialect, i)).ToArray();
            var sql = $"INSERT INTO {sqlHelper.DelimitIdentifier(table.Name, table.Schema)} "
                + $"({string.Join(", ", properties.Select(p => sqlHelper.DelimitIdentifier(p.GetColumnName(table)!)))}) "
                + $"VALUES ({string.Join(", ", parameters.Select(p => p.Placeholder))});";
            // EF's own single-statement SaveChanges on SQL Server says so, so that a connection left in implicit
            // transactions does not hold the row in a transaction nobody commits.
            var outside = dialect == SqlDialect.SqlServer ? "SET IMPLICIT_TRANSACTIONS OFF;\n" + sql : sql;
            return new Plan(sql, outside,
                properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray(),
                properties.Select(p => p.IsNullable).ToArray(),
                parameters.Select(p => p.Name).ToArray());
        }

        /// <summary>The SQL text for a command in the context's transaction, or on its own.</summary>
        public string SqlFor(DbContext db) => db.Database.CurrentTransaction is null ? _sqlOutsideTransaction : _sql;

        /// <summary>The row's values, in <see cref="Properties"/>' order.</summary>
        public void Bind(DbCommand command, ServiceSku sku)
        {
            Add(command, 0, sku.Id);
            Add(command, 1, sku.AssignedDate);
            Add(command, 2, sku.BillingMetric);
            Add(command, 3, sku.Description);
            Add(command, 4, sku.EndedDate);
            Add(command, 5, sku.IsEditable);
            Add(command, 6, sku.Name);
            Add(command, 7, sku.Quantity);
            Add(command, 8, sku.ServiceId);
            Add(command, 9, sku.ServiceSkuBundleId);
            Add(command, 10, sku.SkuId);
            Add(command, 11, sku.UnitPrice);
        }

        /// <summary>The statement's SQL text outside a transaction, for tests.</summary>
        internal string Sql => _sqlOutsideTransaction;

        private void Add(DbCommand command, int index, object? value) =>
            RawCommands.AddParameter(command, _mappings[index], _names[index], value, _nullable[index]);
    }

    /// <summary>The plan for <paramref name="db"/>'s model, for tests.</summary>
    internal static Plan PlanFor(DbContext db) => Plans.For(db);
}
