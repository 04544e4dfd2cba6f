using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Service = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.ServiceInterface.Data.Commands;

/// <summary>
/// The trial expiry's one conditional statement: every TrialActive service whose TrialEndDate has passed becomes
/// TrialExpired, and the statement answers which (RETURNING on SQLite and PostgreSQL, OUTPUT on SQL Server). The
/// database decides each row once: a second host's UPDATE waits on the first's row locks and then finds the
/// condition false (PostgreSQL re-checks it on the row's new version, SQL Server under its update locks, SQLite
/// has one writer), so each service is returned, and recorded, by exactly one of them. EF's ExecuteUpdate
/// cannot return the rows it changed, hence SQL text built from the model (<see cref="RawCommands"/>).
/// </summary>
internal static class TrialExpiryUpdate
{
    private static readonly PerModel<Plan> Plans = new(Plan.Build);

    /// <summary>Runs the statement in the context's current transaction, which the caller must have begun.</summary>
    public static Task<List<(Guid ServiceId, Guid ResellerId)>> ExecuteAsync(DbContext db, DateTime now, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, now, static async (context, now, ct) =>
        {
            if (context.Database.CurrentTransaction is null)
                throw new InvalidOperationException("The trial expiry's UPDATE runs in the transaction that records its rows.");
            var plan = Plans.For(context);
            await using var command = RawCommands.Create(context, plan.Sql);
            RawCommands.AddParameter(command, plan.Status, plan.ParameterNames[0], ServiceStatus.TrialExpired);
            RawCommands.AddParameter(command, plan.Status, plan.ParameterNames[1], ServiceStatus.TrialActive);
            RawCommands.AddParameter(command, plan.TrialEndDate, plan.ParameterNames[2], (DateTime?)now, nullable: true);
            // On SQLite the transaction already holds the write gate, so the reader needs no gate of its own.
            var changed = new List<(Guid, Guid)>();
            await using var reader = await RawCommands.ExecuteReaderAsync(command, ct);
            while (await reader.ReadAsync(ct))
                changed.Add((reader.GetFieldValue<Guid>(0), reader.GetFieldValue<Guid>(1)));
            return changed;
        }, ct);

    internal sealed record Plan(string Sql, RelationalTypeMapping Status, RelationalTypeMapping TrialEndDate, string[] ParameterNames)
    {
        public static Plan Build(DbContext db)
        {
            var dialect = RawCommands.DialectOf(db);
            var entityType = db.Model.FindEntityType(typeof(Service))!;
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(table)!);
            var p = Enumerable.Range(0, 3).Select(i => RawCommands.Parameter(dialect, i)).ToArray();
            var (status, trialEndDate, id, resellerId) =
                (Column(nameof(Service.Status)), Column(nameof(Service.TrialEndDate)), Column(nameof(Service.Id)), Column(nameof(Service.ResellerId)));
            var update = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {status} = {p[0].Placeholder}";
            var condition = $"WHERE {status} = {p[1].Placeholder} AND {trialEndDate} <= {p[2].Placeholder}";
            var text = dialect == SqlDialect.SqlServer
                ? $"{update} OUTPUT INSERTED.{id}, INSERTED.{resellerId} {condition};"
                : $"{update} {condition} RETURNING {id}, {resellerId};";
            return new Plan(text,
                (RelationalTypeMapping)entityType.FindProperty(nameof(Service.Status))!.GetRelationalTypeMapping(),
                (RelationalTypeMapping)entityType.FindProperty(nameof(Service.TrialEndDate))!.GetRelationalTypeMapping(),
                p.Select(x => x.Name).ToArray());
        }
    }

    /// <summary>The statement's SQL text for <paramref name="db"/>'s model, for tests.</summary>
    internal static string SqlFor(DbContext db) => Plans.For(db).Sql;
}
