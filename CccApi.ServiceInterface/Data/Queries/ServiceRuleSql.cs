using CccApi.ServiceInterface.Data.Commands;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// <see cref="ServiceRuleExpression"/> written in SQL, for the raw commands that look a Service up by id within a
/// caller's scope: one condition per <see cref="ServiceRule"/>. The tests hold each raw command to the answers
/// of the LINQ rule for every rule and scope.
/// </summary>
internal static class ServiceRuleSql
{
    /// <summary>Whether the rule's condition reads the caller's scope parameter.</summary>
    public static bool UsesScope(ServiceRule rule) => rule is ServiceRule.OfPartner or ServiceRule.OfReseller or ServiceRule.Own;

    /// <summary>
    /// The Service aliased <paramref name="service"/> is the one <paramref name="id"/> names and the rule lets the
    /// caller see it; <paramref name="quote"/> quotes a column name as the dialect does.
    /// </summary>
    public static string Condition(ServiceRule rule, Func<string, string> quote, string service, string id, string scope) => rule switch
    {
        ServiceRule.All => $"{service}.{quote("Id")} = {id}",
        ServiceRule.OfPartner => $"{service}.{quote("Id")} = {id} AND {service}.{quote("PartnerId")} = {scope}",
        ServiceRule.OfReseller => $"{service}.{quote("Id")} = {id} AND {service}.{quote("ResellerId")} = {scope}",
        ServiceRule.Own => $"{service}.{quote("Id")} = {id} AND {service}.{quote("Id")} = {scope}",
        _ => $"{service}.{quote("Id")} = {id} AND 0 = 1", // a caller of no known type sees nothing
    };

    /// <summary>How the dialect quotes a name.</summary>
    public static Func<string, string> Quote(SqlDialect dialect) =>
        dialect == SqlDialect.SqlServer ? static n => $"[{n}]" : static n => $"\"{n}\"";
}
