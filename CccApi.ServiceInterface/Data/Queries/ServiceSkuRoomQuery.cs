using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// The Service lookup with its Skus counted up to the quota that CreateServiceSku, AssignServiceSku and
/// AssignServiceSkuBundle make first, as a raw command (<see cref="RawCommands"/>): the SQL EF compiled from
/// <c>Services.Where(s =&gt; s.Id == id &amp;&amp; rule).Select(s =&gt; new { s.Id, Skus.Where(k =&gt; k.ServiceId == s.Id).Take(limit).Count() })</c>,
/// one statement per <see cref="ServiceRule"/>, its condition <see cref="ServiceRuleSql"/>; <c>RawCommandTests</c> holds
/// the two to the same answers for every rule.
/// </summary>
internal static class ServiceSkuRoomQuery
{
    private static readonly PerModel<Plan> Plans = new(Plan.Build);

    /// <summary>The Service <paramref name="id"/> names, when the caller sees it, with its Skus counted up to <paramref name="limit"/>, else null.</summary>
    public static Task<ServiceSkuRoom?> ReadAsync(CccDbContext db, ICallerContext caller, Guid id, int limit, CancellationToken ct)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return ReadAsync(db, rule, scope, id, limit, ct);
    }

    /// <summary>As <see cref="ReadAsync(CccDbContext, ICallerContext, Guid, int, CancellationToken)"/>, for a caller's rule and scope.</summary>
    internal static Task<ServiceSkuRoom?> ReadAsync(CccDbContext db, ServiceRule rule, Guid scope, Guid id, int limit, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, (rule, id, scope, limit), static async (context, query, ct) =>
        {
            var plan = Plans.For(context);
            await using var command = RawCommands.Create(context, plan.Sql[(int)query.rule]);
            plan.Bind(command, query.rule, query.id, query.scope, query.limit);
            await using var reader = await RawCommands.ExecuteReaderAsync(command, ct);
            return await reader.ReadAsync(ct)
                ? new ServiceSkuRoom { ServiceId = reader.GetGuid(0), SkusUpToLimit = reader.GetInt32(1) }
                : null;
        }, ct);

    internal sealed class Plan
    {
        private readonly RelationalTypeMapping _id;
        private readonly RelationalTypeMapping _limit;
        private readonly string[] _names;

        private Plan(string[] sql, RelationalTypeMapping id, RelationalTypeMapping limit, string[] names)
        {
            Sql = sql;
            _id = id;
            _limit = limit;
            _names = names;
        }

        /// <summary>The statement of each <see cref="ServiceRule"/>, indexed by its value.</summary>
        public string[] Sql { get; }

        public static Plan Build(DbContext db)
        {
            var dialect = RawCommands.DialectOf(db);
            // Parameter 0 the Service's id, 1 the limit, 2 the caller's scope (only in the rules that use it).
            var p = Enumerable.Range(0, 3).Select(i => RawCommands.Parameter(dialect, i)).ToArray();
            var sql = Enum.GetValues<ServiceRule>().Select(rule => Statement(dialect, rule, p[0].Placeholder, p[1].Placeholder, p[2].Placeholder)).ToArray();
            var service = db.Model.FindEntityType(typeof(Service))!;
            return new Plan(sql,
                (RelationalTypeMapping)service.FindProperty(nameof(Service.Id))!.GetRelationalTypeMapping(),
                db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))!,
                p.Select(x => x.Name).ToArray());
        }

        public void Bind(System.Data.Common.DbCommand command, ServiceRule rule, Guid id, Guid scope, int limit)
        {
            RawCommands.AddParameter(command, _id, _names[0], id);
            RawCommands.AddParameter(command, _limit, _names[1], limit);
            if (ServiceRuleSql.UsesScope(rule))
                RawCommands.AddParameter(command, _id, _names[2], scope);
        }

        /// <summary>What EF generates for the compiled query of <paramref name="rule"/> on <paramref name="dialect"/>.</summary>
        internal static string Statement(SqlDialect dialect, ServiceRule rule, string id, string limit, string scope)
        {
            var q = ServiceRuleSql.Quote(dialect);
            var (count, skus) = dialect switch
            {
                SqlDialect.SqlServer => ("COUNT(*)", $"SELECT TOP({limit}) 1 AS empty FROM [ServiceSkus] AS [k] WHERE [k].[ServiceId] = [s].[Id]"),
                SqlDialect.PostgreSql => ("count(*)::int", $"SELECT 1 FROM \"ServiceSkus\" AS k WHERE k.\"ServiceId\" = s.\"Id\" LIMIT {limit}"),
                _ => ("COUNT(*)", $"SELECT 1 FROM \"ServiceSkus\" AS \"k\" WHERE \"k\".\"ServiceId\" = \"s\".\"Id\" LIMIT {limit}"),
            };
            var s = dialect == SqlDialect.PostgreSql ? "s" : q("s");
            var where = ServiceRuleSql.Condition(rule, q, s, id, scope);
            return $"SELECT {s}.{q("Id")}, (SELECT {count} FROM ({skus}) AS {(dialect == SqlDialect.PostgreSql ? "c" : q("c"))}) "
                + $"FROM {q("Services")} AS {s} WHERE {where}";
        }
    }
}

/// <summary>A Service's id and how many Skus it has, counted no further than the quota.</summary>
internal sealed class ServiceSkuRoom
{
    public Guid ServiceId { get; init; }

    public int SkusUpToLimit { get; init; }
}
