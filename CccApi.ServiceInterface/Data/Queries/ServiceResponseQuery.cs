using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;
using static CccApi.ServiceInterface.Rules.CallerScope;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// GetService's read, as a raw command (<see cref="RawCommands"/>): the Service within the caller's scope with
/// its Collection, Reseller, Partner and the Collection's Site endpoint, one statement per <see cref="ServiceRule"/>
/// (its condition <see cref="ServiceRuleSql"/>). Values are read as the model's converters read them: the
/// status by its name, dates marked UTC. <c>RawCommandTests</c> holds it to the LINQ query's answers for every rule.
/// </summary>
internal static class ServiceResponseQuery
{
    private static readonly PerModel<RuleStatements<ServiceRule>> Statements = new(db => RuleStatements<ServiceRule>.Build(db, typeof(ServiceEntity), Statement));

    /// <summary>The Service <paramref name="id"/> names as GetService answers it (but its Urls), when the caller sees it, else null.</summary>
    public static Task<ServiceRow?> ReadAsync(CccDbContext db, ICallerContext caller, Guid id, CancellationToken ct)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return ReadAsync(db, rule, scope, id, ct);
    }

    /// <summary>As <see cref="ReadAsync(CccDbContext, ICallerContext, Guid, CancellationToken)"/>, for a caller's rule and scope.</summary>
    internal static Task<ServiceRow?> ReadAsync(CccDbContext db, ServiceRule rule, Guid scope, Guid id, CancellationToken ct) =>
        RuleStatements<ServiceRule>.FirstAsync(Statements, db, rule, scope, id, Read, ct);

    private static ServiceRow Read(System.Data.Common.DbDataReader reader) => new()
    {
        Response = new ServiceResponse
        {
            ServiceGuid = reader.GetGuid(0),
            Name = reader.GetString(1),
            Status = Enum.Parse<ServiceStatus>(reader.GetString(2)),
            ServiceCode = reader.GetString(3),
            ReferenceId = NullableString(reader, 4),
            PrimaryDomain = NullableString(reader, 5),
            CreatedOn = Utc(reader.GetDateTime(6)),
            TrialEndDate = NullableUtc(reader, 7),
            EffectiveDate = NullableUtc(reader, 8),
            InitialTerm = reader.IsDBNull(9) ? null : reader.GetInt32(9),
            CollectionGuid = reader.GetGuid(10),
            SiteGuid = reader.GetGuid(11),
            ClientGuid = reader.IsDBNull(12) ? null : reader.GetGuid(12),
            ResellerGuid = reader.GetGuid(13),
            ResellerName = reader.GetString(14),
            PartnerGuid = reader.GetGuid(15),
            PartnerName = reader.GetString(16),
        },
        ServicesApiBaseUrl = NullableString(reader, 17),
        SiteEndpointUrl = NullableString(reader, 18),
    };

    private static string? NullableString(System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // As the model's UtcDateTimeConverter reads a date.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? NullableUtc(System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Utc(reader.GetDateTime(ordinal));

    /// <summary>The statement of <paramref name="rule"/> on <paramref name="dialect"/>, its columns in the order <see cref="Read"/> reads them.</summary>
    internal static string Statement(SqlDialect dialect, ServiceRule rule, string id, string scope)
    {
        var q = ServiceRuleSql.Quote(dialect);
        string[] columns =
        [
            "s.Id", "s.ServiceName", "s.Status", "s.ServiceCode", "s.ReferenceId", "s.PrimaryDomain", "s.CreatedOn", "s.TrialEndDate",
            "s.EffectiveDate", "s.InitialTerm", "s.CollectionId", "c.SiteId", "s.ClientGuid", "s.ResellerId", "r.Name", "r.PartnerId",
            "p.Name", "c.ServicesApiBaseUrl", "e.Url",
        ];
        string Column(string aliased) => aliased[..1] + "." + q(aliased[2..]);
        return $"SELECT {string.Join(", ", columns.Select(Column))} FROM {q("Services")} AS s "
            + $"INNER JOIN {q("Collections")} AS c ON s.{q("CollectionId")} = c.{q("Id")} "
            + $"INNER JOIN {q("Resellers")} AS r ON s.{q("ResellerId")} = r.{q("Id")} "
            + $"INNER JOIN {q("Partners")} AS p ON r.{q("PartnerId")} = p.{q("Id")} "
            + $"LEFT JOIN {q("SiteEndpoints")} AS e ON c.{q("SiteEndpointId")} = e.{q("Id")} "
            + $"WHERE {ServiceRuleSql.Condition(rule, q, "s", id, scope)}";
    }
}

/// <summary>GetService's answer as read, and the base addresses its Urls are built from.</summary>
internal sealed class ServiceRow
{
    public ServiceResponse Response { get; init; } = null!;

    public string? ServicesApiBaseUrl { get; init; }

    public string? SiteEndpointUrl { get; init; }
}
