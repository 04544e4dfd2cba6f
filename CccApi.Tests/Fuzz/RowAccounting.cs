using System.Text.RegularExpressions;
using CccApi.ServiceInterface.Auth;

namespace CccApi.Tests.Fuzz;

/// <summary>What a 2xx exchange named: the Guids in its request (path, query, body) and response, and the response's strings.</summary>
public sealed record SuccessfulExchange(string Verb, string Operation, IReadOnlySet<Guid> RequestGuids, IReadOnlySet<Guid> ResponseGuids, IReadOnlyList<string> ResponseStrings,
    string RequestText = "")
{
    public bool IsWrite => Verb is "POST" or "PUT" or "DELETE";

    /// <summary>
    /// Whether the request named <paramref name="row"/> by its parent and its own value: one of its Guids other than its key,
    /// and one of its texts long enough not to be a word every request holds (a service's domain in the URL).
    /// </summary>
    public bool NamesByValue(DatabaseRow row) =>
        row.Guids.Any(g => g != row.GuidKey && RequestGuids.Contains(g))
        && row.Strings.Any(s => s.Length >= MinimumValueLength && RequestText.Contains(s, StringComparison.OrdinalIgnoreCase));

    private const int MinimumValueLength = 8;
}

/// <summary>
/// Checks that the database after a run holds only rows that 2xx responses created, and lacks only rows
/// that 2xx DELETEs removed. The API hands out Guids for what it creates, so:
/// <list type="number">
/// <item>A new row of an "identity" table (one whose new rows' keys the API hands out: partners, services,
/// API keys...) is accounted for when a 2xx write response returned its key, or else by rule 2 (such a table
/// can also receive dependent rows: a service's SystemUser is an admin user). A failed create that left its
/// row behind is caught here: it points only at rows that existed before the run.</item>
/// <item>A new row of another table (the company, contact and users of a service; a service's admin user;
/// sessions; access grants) is accounted for when it points, by any Guid column (foreign key or scope), at
/// an accounted-for new row (written with it in one transaction), or when two of its Guids were named
/// together by one 2xx write request (an access grant: the reseller and collection in the URL), or when it
/// stores the digest of a secret a 2xx response handed out (a session id, an API key), or when a 2xx write request
/// named it by its parent's Guid and its own value (a service's domain: the service and the domain in the URL).</item>
/// </list>
/// A removed row is accounted for by a 2xx DELETE naming its key or two of its Guids, or naming one of its Guids when a
/// 2xx write named that Guid with the row's value (a domain removed, perhaps after a rename under its new name).
/// What this cannot see: a failed request that wrongly adds a dependent row to an object a 2xx created
/// (it would be accounted for by rule 2), and updates of existing rows (only row sets are compared).
/// </summary>
public sealed partial class RowAccounting
{
    private readonly List<SuccessfulExchange> _exchanges = [];

    public int Count => _exchanges.Count;

    public void Record(RequestSpec request, string responseBody)
    {
        var requestText = request.Url + " " + (request.RawBody is null ? request.BodyText() : "");
        // Every token that could be a secret handed out, whatever the format (JSON, XML, CSV, JSV, HTML).
        var strings = TokenPattern().Matches(responseBody).Select(m => m.Value).ToList();
        Record(new SuccessfulExchange(request.Verb, request.Endpoint.OperationName, GuidsIn(requestText), GuidsIn(responseBody), strings, requestText));
    }

    public void Record(SuccessfulExchange exchange) => _exchanges.Add(exchange);

    /// <summary>
    /// A setting value is a field of the service, collection, reseller or partner the request named (its key is named
    /// by name, not Guid): a 2xx setting write naming the holder accounts for the holder's value rows.
    /// </summary>
    private static bool IsSettingWrite(string operation) =>
        operation.EndsWith("Setting", StringComparison.Ordinal) || operation is "ApplyCollectionSettingsDefaults" or "UpdateGatewayServiceSettings";

    public List<string> Unaccounted(
        Dictionary<string, Dictionary<string, DatabaseRow>> before,
        Dictionary<string, Dictionary<string, DatabaseRow>> after)
    {
        var problems = new List<string>();
        var returned = _exchanges.Where(e => e.IsWrite).SelectMany(e => e.ResponseGuids).ToHashSet();
        var digests = _exchanges.SelectMany(e => e.ResponseStrings).Select(SecretTokens.Digest).ToHashSet();
        var writes = _exchanges.Where(e => e.IsWrite).ToList();

        var added = after.SelectMany(t => t.Value.Values.Where(r => !before.GetValueOrDefault(t.Key)?.ContainsKey(r.Key) ?? true)).ToList();
        var identityTables = added.Where(r => r.GuidKey is { } key && returned.Contains(key)).Select(r => r.Table).ToHashSet();

        var accounted = added.Where(r => r.GuidKey is { } key && returned.Contains(key)).Select(r => r.GuidKey!.Value).ToHashSet();
        // An identity table may also receive dependent rows (a service's SystemUser is an admin user, as are
        // the users the admin-user operations create), so its unreturned rows still get rule 2's chance.
        var pending = added.Where(r => !(r.GuidKey is { } key && accounted.Contains(key))).ToList();
        bool progress;
        do
        {
            progress = false;
            foreach (var row in pending.ToList())
            {
                var byReference = row.Guids.Any(g => g != row.GuidKey && accounted.Contains(g));
                var byRequest = writes.Any(e => row.Guids.Where(g => g != row.GuidKey).Distinct().Count(e.RequestGuids.Contains) >= 2);
                var byDigest = row.Strings.Any(digests.Contains);
                var bySetting = row.Table == "SettingValues" && writes.Any(e => IsSettingWrite(e.Operation) && row.Guids.Any(e.RequestGuids.Contains));
                var byValue = writes.Any(e => e.NamesByValue(row));
                // A service's usage rollup (its key is the service and a day or month) sums the records a 2xx intake stored for it.
                var byUsage = row.Table is "ServiceUsageDays" or "ServiceUsageMonths"
                    && writes.Any(e => e.Operation == "ReportCollectionUsage" && row.Guids.Any(e.RequestGuids.Contains));
                // An activation token is handed to the user by email, never in the response: a 2xx SendActivationMessage naming the user accounts for it.
                var byActivation = row.Table == "ServiceUserActivationTokens"
                    && writes.Any(e => e.Operation == "SendActivationMessage" && row.Guids.Any(g => g != row.GuidKey && e.RequestGuids.Contains(g)));
                // A reseller's count of services in a status is written by a 2xx creation (into its first status) or a 2xx
                // status change to that status (named in the request).
                var byStatusCount = row.Table == "ServiceStatusCounts" && writes.Any(e => e.Operation == "CreateService"
                    || (e.Operation == "UpdateServiceStatus" && row.Strings.Any(s => e.RequestText.Contains(s, StringComparison.OrdinalIgnoreCase))));
                if (!byReference && !byRequest && !byDigest && !bySetting && !byValue && !byActivation && !byUsage && !byStatusCount) continue;
                if (row.GuidKey is { } key) accounted.Add(key);
                pending.Remove(row);
                progress = true;
            }
        } while (progress);

        // A queued email returns no key (the page's answer is a bare BaseResponse): each 2xx send accounts for one row, as
        // does each 2xx activation message and each 2xx CreateServiceUser that did not pre-register the user (it queues one).
        var sends = _exchanges.Count(e => e.Operation is "PublicSendEmailMessage" or "SendActivationMessage"
            || (e.Operation == "CreateServiceUser" && !PreRegisters().IsMatch(e.RequestText)));
        foreach (var row in pending.Where(r => r.Table == "EmailOutbox").Take(sends).ToList()) pending.Remove(row);

        problems.AddRange(pending.Select(r => identityTables.Contains(r.Table)
            ? $"{r} was written, but no 2xx response returned its key or accounts for it"
            : $"{r} was written, but no 2xx response accounts for it"));

        var deletes = _exchanges.Where(e => e.Verb == "DELETE").ToList();
        foreach (var (table, rows) in before)
        {
            foreach (var row in rows.Values.Where(r => !after[table].ContainsKey(r.Key)))
            {
                var removedByDelete = deletes.Any(e =>
                    (row.GuidKey is { } key && e.RequestGuids.Contains(key))
                    || row.Guids.Where(g => g != row.GuidKey).Distinct().Count(e.RequestGuids.Contains) >= 2
                    || row.Guids.Any(g => g != row.GuidKey && e.RequestGuids.Contains(g) && writes.Any(w => w.RequestGuids.Contains(g) && w.NamesByValue(row))));
                if (!removedByDelete) problems.Add($"{row} was removed, but no 2xx DELETE named it");
            }
        }
        return problems;
    }

    public static HashSet<Guid> GuidsIn(string text) =>
        [.. GuidPattern().Matches(text).Select(m => Guid.TryParse(m.Value, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty)];

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex("[A-Za-z0-9_-]{16,}")]
    private static partial Regex TokenPattern();

    /// <summary>preRegister true, in a JSON body or a form or query field.</summary>
    [GeneratedRegex(@"preRegister""?\s*[:=]\s*""?true", RegexOptions.IgnoreCase)]
    private static partial Regex PreRegisters();
}
