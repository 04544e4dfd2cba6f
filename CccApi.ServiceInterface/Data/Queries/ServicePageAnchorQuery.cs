using System.Globalization;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// A list's page anchors read in one statement (<see cref="RawCommands"/>): the database numbers the list in page order
/// (ROW_NUMBER over CreatedOn, Id) and gives each CreatedOn its first position (RANK over CreatedOn), and sends back
/// every <c>spacing</c>-th row only, not the list (reading every CreatedOn through EF cost ~350 ms at 100,000 services).
/// </summary>
internal static class ServicePageAnchorQuery
{
    public static Task<List<ServicePageAnchors.Anchor>> ReadAsync(CccDbContext db, ServiceListShape shape, int spacing, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, (shape, spacing), static async (context, query, ct) =>
        {
            var dialect = RawCommands.DialectOf(context);
            var id = (RelationalTypeMapping)context.Model.FindEntityType(typeof(Service))!.FindProperty(nameof(Service.Id))!.GetRelationalTypeMapping();
            var sql = Statement(dialect, query.shape, query.spacing);
            Guid[] values = [.. new[] { query.shape.PartnerId, query.shape.ResellerId }.OfType<Guid>()];
            await using var command = RawCommands.Create(context, sql);
            for (var i = 0; i < values.Length; i++)
                RawCommands.AddParameter(command, id, RawCommands.Parameter(dialect, i).Name, values[i]);
            var anchors = new List<ServicePageAnchors.Anchor>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                anchors.Add(new ServicePageAnchors.Anchor(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc), checked((int)reader.GetInt64(1))));
            return anchors;
        }, ct);

    /// <summary>The statement for <paramref name="shape"/>: its parameters are the shape's PartnerId, then its ResellerId, where set.</summary>
    internal static string Statement(SqlDialect dialect, ServiceListShape shape, int spacing)
    {
        var q = dialect == SqlDialect.SqlServer ? (Func<string, string>)(n => $"[{n}]") : n => $"\"{n}\"";
        var conditions = new List<string>();
        foreach (var (column, value) in new[] { (nameof(Service.PartnerId), shape.PartnerId), (nameof(Service.ResellerId), shape.ResellerId) })
        {
            if (value is not null)
                conditions.Add($"{q(column)} = {RawCommands.Parameter(dialect, conditions.Count).Placeholder}");
        }
        if (shape.ReportableOnly)
            // The status names are the enum's own (stored as text), never input.
            conditions.Add($"{q(nameof(Service.Status))} NOT IN ({string.Join(", ", ServiceUsageQueries.Excluded.Select(s => $"'{s}'"))})");
        return $"SELECT {q("CreatedOn")}, {q("Position")} FROM (SELECT {q("CreatedOn")}, "
            + $"RANK() OVER (ORDER BY {q("CreatedOn")}) - 1 AS {q("Position")}, "
            + $"ROW_NUMBER() OVER (ORDER BY {q("CreatedOn")}, {q("Id")}) - 1 AS {q("Entry")} "
            + $"FROM {q("Services")}{(conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "")}) AS {q("l")} "
            + $"WHERE {q("Entry")} > 0 AND {q("Entry")} % {spacing.ToString(CultureInfo.InvariantCulture)} = 0 ORDER BY {q("Entry")}";
    }
}
