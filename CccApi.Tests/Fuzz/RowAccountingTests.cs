using CccApi.ServiceInterface.Auth;

namespace CccApi.Tests.Fuzz;

/// <summary>The fuzz suite's database check on hand-made snapshots: it must flag what no 2xx explains, and only that.</summary>
[Category("Fuzz")]
public sealed class RowAccountingTests
{
    private static readonly Guid ExistingReseller = Guid.NewGuid();
    private static readonly Guid ExistingCollection = Guid.NewGuid();
    private static readonly Guid ExistingSite = Guid.NewGuid();

    private static DatabaseRow Row(string table, Guid key, params Guid[] references) =>
        new(table, key.ToString(), key, [key, .. references], []);

    private static Dictionary<string, Dictionary<string, DatabaseRow>> Tables(params DatabaseRow[] rows)
    {
        var tables = new Dictionary<string, Dictionary<string, DatabaseRow>>
        {
            ["Partners"] = [], ["Services"] = [], ["ServiceCompanies"] = [], ["ServiceDomains"] = [], ["ResellerCollectionAccess"] = [], ["AdminSessions"] = [], ["AdminUsers"] = [],
            ["Resellers"] = new() { [ExistingReseller.ToString()] = Row("Resellers", ExistingReseller) },
        };
        foreach (var row in rows) tables[row.Table][row.Key] = row;
        return tables;
    }

    private static SuccessfulExchange Post(IEnumerable<Guid> request, IEnumerable<Guid> response, params string[] strings) =>
        new("POST", "Test", request.ToHashSet(), response.ToHashSet(), strings);

    [Test]
    public void A_new_row_whose_key_a_2xx_returned_is_accounted_for_with_the_rows_written_beside_it()
    {
        var service = Guid.NewGuid();
        var accounting = new RowAccounting();
        accounting.Record(Post([ExistingReseller], [service]));

        var problems = accounting.Unaccounted(Tables(), Tables(Row("Services", service, ExistingReseller), Row("ServiceCompanies", service, service)));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_new_row_of_a_table_whose_keys_the_api_hands_out_is_flagged_when_no_2xx_returned_its_key()
    {
        var returned = Guid.NewGuid();
        var leftBehind = Guid.NewGuid();
        var accounting = new RowAccounting();
        accounting.Record(Post([], [returned]));

        var problems = accounting.Unaccounted(Tables(), Tables(Row("Partners", returned), Row("Partners", leftBehind)));

        Assert.That(problems, Is.EqualTo(new[] { $"Partners[{leftBehind}] was written, but no 2xx response returned its key or accounts for it" }));
    }

    [Test]
    public void An_unreturned_row_of_such_a_table_is_accounted_for_only_through_a_row_a_2xx_created()
    {
        var service = Guid.NewGuid();
        var systemUser = Guid.NewGuid();
        var partnerAdmin = Guid.NewGuid();
        var leftBehind = Guid.NewGuid();
        var accounting = new RowAccounting();
        accounting.Record(Post([ExistingReseller], [service]));
        accounting.Record(Post([ExistingReseller], [partnerAdmin]));

        var problems = accounting.Unaccounted(Tables(), Tables(
            Row("Services", service, ExistingReseller),
            Row("AdminUsers", systemUser, service),
            Row("AdminUsers", partnerAdmin, ExistingReseller),
            Row("AdminUsers", leftBehind, ExistingReseller)));

        Assert.That(problems, Is.EqualTo(new[] { $"AdminUsers[{leftBehind}] was written, but no 2xx response returned its key or accounts for it" }));
    }

    [Test]
    public void A_dependent_row_pointing_only_at_rows_that_existed_before_is_flagged()
    {
        var orphan = Guid.NewGuid();
        var accounting = new RowAccounting();

        var problems = accounting.Unaccounted(Tables(), Tables(Row("ServiceCompanies", orphan, ExistingReseller)));

        Assert.That(problems, Is.EqualTo(new[] { $"ServiceCompanies[{orphan}] was written, but no 2xx response accounts for it" }));
    }

    [Test]
    public void A_grant_is_accounted_for_by_the_2xx_request_that_named_both_its_reseller_and_collection()
    {
        var grant = Guid.NewGuid();
        var accounting = new RowAccounting();
        accounting.Record(Post([ExistingReseller, ExistingCollection], []));

        var problems = accounting.Unaccounted(Tables(), Tables(Row("ResellerCollectionAccess", grant, ExistingReseller, ExistingCollection, ExistingSite)));

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_session_is_accounted_for_by_the_digest_of_the_session_id_a_2xx_handed_out()
    {
        var sessionId = "session-" + Guid.NewGuid();
        var session = Guid.NewGuid();
        var accounting = new RowAccounting();
        accounting.Record(Post([], [], sessionId));
        var row = new DatabaseRow("AdminSessions", session.ToString(), session, [session, ExistingReseller], [SecretTokens.Digest(sessionId)]);
        var forged = new DatabaseRow("AdminSessions", Guid.NewGuid().ToString(), Guid.NewGuid(), [ExistingReseller], [SecretTokens.Digest("other")]);

        var problems = accounting.Unaccounted(Tables(), Tables(row, forged));

        Assert.That(problems, Is.EqualTo(new[] { $"{forged} was written, but no 2xx response accounts for it" }));
    }

    [Test]
    public void A_row_named_by_its_parent_and_its_own_value_is_accounted_for_added_and_removed()
    {
        var service = Guid.NewGuid();
        var added = new DatabaseRow("ServiceDomains", Guid.NewGuid().ToString(), null, [Guid.NewGuid(), service], ["fadded.example.com"]);
        var forged = new DatabaseRow("ServiceDomains", Guid.NewGuid().ToString(), null, [Guid.NewGuid(), service], ["fforged.example.com"]);
        var removed = new DatabaseRow("ServiceDomains", Guid.NewGuid().ToString(), null, [Guid.NewGuid(), service], ["fremoved.example.com"]);
        var before = Tables(removed);
        var accounting = new RowAccounting();
        accounting.Record(new SuccessfulExchange("POST", "Test", new HashSet<Guid> { service }, new HashSet<Guid>(), [],
            $"/api/services/{service:N}/domains/FADDED.example.com"));
        accounting.Record(new SuccessfulExchange("DELETE", "Test", new HashSet<Guid> { service }, new HashSet<Guid>(), [],
            $"/api/services/{service:N}/domains/fremoved.example.com"));

        var problems = accounting.Unaccounted(before, Tables(added, forged));

        Assert.That(problems, Is.EqualTo(new[] { $"{forged} was written, but no 2xx response accounts for it" }));
    }

    [Test]
    public void A_row_removed_without_a_2xx_delete_naming_it_is_flagged()
    {
        var accounting = new RowAccounting();
        var before = Tables();
        var after = Tables();
        after["Resellers"].Clear();

        var problems = accounting.Unaccounted(before, after);

        Assert.That(problems, Is.EqualTo(new[] { $"Resellers[{ExistingReseller}] was removed, but no 2xx DELETE named it" }));
    }
}
