using System.Data.Common;
using System.Globalization;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// A list's page anchors (<see cref="RawCommands"/>), without sending the list itself (reading every CreatedOn through EF
/// cost ~350 ms at 100,000 services). PostgreSQL and SQL Server number the list in one statement (ROW_NUMBER over
/// CreatedOn, Id; RANK over CreatedOn for the first position of each CreatedOn) and send back every <c>spacing</c>-th
/// row. SQLite's window functions cost about as much as that read (~1-2 µs an entry), so on SQLite the anchors are
/// stepped to instead: each is the entry <c>spacing</c> past the last one in the index, and its first position is its
/// own less the services created at the same instant before it.
/// </summary>
internal static class ServicePageAnchorQuery
{
    public static Task<List<ServicePageAnchors.Anchor>> ReadAsync(CccDbContext db, ServiceListShape shape, int spacing, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, (shape, spacing), static (context, query, ct) =>
            RawCommands.DialectOf(context) == SqlDialect.Sqlite
                ? ReadByStepsAsync(context, query.shape, query.spacing, ct)
                : ReadByNumberingAsync(context, query.shape, query.spacing, ct), ct);

    private static async Task<List<ServicePageAnchors.Anchor>> ReadByNumberingAsync(DbContext context, ServiceListShape shape, int spacing, CancellationToken ct)
    {
        var dialect = RawCommands.DialectOf(context);
        await using var command = RawCommands.Create(context, Statement(dialect, shape, spacing));
        BindShape(context, command, dialect, shape);
        var anchors = new List<ServicePageAnchors.Anchor>();
        await using var reader = await RawCommands.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
            anchors.Add(new ServicePageAnchors.Anchor(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc), checked((int)reader.GetInt64(1))));
        return anchors;
    }

    private static async Task<List<ServicePageAnchors.Anchor>> ReadByStepsAsync(DbContext context, ServiceListShape shape, int spacing, CancellationToken ct)
    {
        var (first, next, tiesBefore) = SteppingStatements(shape, spacing);
        // One command each, its parameters changed between steps; the statements stay prepared on the connection.
        await using var firstCommand = RawCommands.Create(context, first);
        await using var nextCommand = RawCommands.Create(context, next);
        await using var tiesCommand = RawCommands.Create(context, tiesBefore);
        foreach (var command in new[] { firstCommand, nextCommand, tiesCommand })
            BindShape(context, command, SqlDialect.Sqlite, shape);
        var (createdOn, id) = (AddText(nextCommand, "@created"), AddText(nextCommand, "@id"));
        var (tieCreatedOn, tieId) = (AddText(tiesCommand, "@created"), AddText(tiesCommand, "@id"));

        var anchors = new List<ServicePageAnchors.Anchor>();
        for (var (entry, command) = (spacing, firstCommand); ; (entry, command) = (entry + spacing, nextCommand))
        {
            DateTime value;
            await using (var reader = await RawCommands.ExecuteReaderAsync(command, ct))
            {
                if (!await reader.ReadAsync(ct))
                    return anchors;
                // The stored text goes back as the next step's bound, compared as the index compares it.
                createdOn.Value = tieCreatedOn.Value = reader.GetString(0);
                id.Value = tieId.Value = reader.GetString(1);
                value = DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc);
            }
            var ties = Convert.ToInt64(await RawCommands.ExecuteScalarAsync(tiesCommand, ct), CultureInfo.InvariantCulture);
            anchors.Add(new ServicePageAnchors.Anchor(value, checked((int)(entry - ties))));
        }
    }

    /// <summary>The numbering statement for <paramref name="shape"/>: its parameters are the shape's PartnerId, then its ResellerId, where set.</summary>
    internal static string Statement(SqlDialect dialect, ServiceListShape shape, int spacing)
    {
        var q = Quote(dialect);
        return $"SELECT {q("CreatedOn")}, {q("Position")} FROM (SELECT {q("CreatedOn")}, "
            + $"RANK() OVER (ORDER BY {q("CreatedOn")}) - 1 AS {q("Position")}, "
            + $"ROW_NUMBER() OVER (ORDER BY {q("CreatedOn")}, {q("Id")}) - 1 AS {q("Entry")} "
            + $"FROM {q("Services")}{Where(dialect, shape)}) AS {q("l")} "
            + $"WHERE {q("Entry")} > 0 AND {q("Entry")} % {spacing.ToString(CultureInfo.InvariantCulture)} = 0 ORDER BY {q("Entry")}";
    }

    /// <summary>SQLite's steps: the first anchor, the next one after (@created, @id), and the ties before an anchor.</summary>
    internal static (string First, string Next, string TiesBefore) SteppingStatements(ServiceListShape shape, int spacing)
    {
        const string select = "SELECT \"CreatedOn\", \"Id\" FROM \"Services\"";
        const string order = " ORDER BY \"CreatedOn\", \"Id\" LIMIT 1 OFFSET ";
        return (
            select + Where(SqlDialect.Sqlite, shape) + order + spacing.ToString(CultureInfo.InvariantCulture),
            select + Where(SqlDialect.Sqlite, shape, "(\"CreatedOn\", \"Id\") > (@created, @id)") + order + (spacing - 1).ToString(CultureInfo.InvariantCulture),
            "SELECT COUNT(*) FROM \"Services\"" + Where(SqlDialect.Sqlite, shape, "\"CreatedOn\" = @created", "\"Id\" < @id"));
    }

    private static string Where(SqlDialect dialect, ServiceListShape shape, params string[] more)
    {
        var q = Quote(dialect);
        var conditions = new List<string>();
        foreach (var (column, value) in new[] { (nameof(Service.PartnerId), shape.PartnerId), (nameof(Service.ResellerId), shape.ResellerId) })
        {
            if (value is not null)
                conditions.Add($"{q(column)} = {RawCommands.Parameter(dialect, conditions.Count).Placeholder}");
        }
        if (shape.ReportableOnly)
            // The status names are the enum's own (stored as text), never input.
            conditions.Add($"{q(nameof(Service.Status))} NOT IN ({string.Join(", ", ServiceUsageQueries.Excluded.Select(s => $"'{s}'"))})");
        conditions.AddRange(more);
        return conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "";
    }

    private static void BindShape(DbContext context, DbCommand command, SqlDialect dialect, ServiceListShape shape)
    {
        var id = (RelationalTypeMapping)context.Model.FindEntityType(typeof(Service))!.FindProperty(nameof(Service.Id))!.GetRelationalTypeMapping();
        Guid[] values = [.. new[] { shape.PartnerId, shape.ResellerId }.OfType<Guid>()];
        for (var i = 0; i < values.Length; i++)
            RawCommands.AddParameter(command, id, RawCommands.Parameter(dialect, i).Name, values[i]);
    }

    private static DbParameter AddText(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.String;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static Func<string, string> Quote(SqlDialect dialect) =>
        dialect == SqlDialect.SqlServer ? n => $"[{n}]" : n => $"\"{n}\"";
}
