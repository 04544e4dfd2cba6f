using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Usage.IntakeWorld;

namespace CccApi.Tests.Usage;

/// <summary>
/// A collection's live keys stop at <c>Quotas:CollectionKeysPerCollection</c>, and a collection key is a caller of its
/// own for the per-caller rate limit: neither the admin who issued it nor another collection shares its count.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own, with a quota of 2 keys and a per-caller limit of 20
public sealed class CollectionKeyLimitTests
{
    private TestHost _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new TestHost(new TestHostOptions
    {
        Settings =
        {
            ["Quotas:CollectionKeysPerCollection"] = "2",
            ["ServiceHost:RateLimit:PermitLimitPerCaller"] = PerCaller.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceHost:RateLimit:WindowSeconds"] = "600",
        },
    });

    /// <summary>More than a setup's requests (about ten, each setup by a SuperUser of its own).</summary>
    private const int PerCaller = 20;

    [OneTimeTearDown]
    public ValueTask StopHost() => _host.DisposeAsync();

    [Test]
    public async Task A_collection_holds_at_most_its_quota_of_live_keys()
    {
        var (setup, _) = await SetupWithoutLimitAsync();
        using var owner = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Reseller, setup.Reseller));
        var (_, second) = await KeyAsync(owner, setup.Collection);

        ApiAssert.IsError(await owner.PostAsync(Keys(setup.Collection), new { name = "third" }), HttpStatusCode.Conflict, "QuotaExceeded", "CollectionGuid");
        ApiAssert.IsOk(await owner.DeleteAsync($"{Keys(setup.Collection)}/{second:N}"));
        await KeyAsync(owner, setup.Collection, "third");
    }

    [Test]
    public async Task A_collection_key_has_a_rate_limit_of_its_own()
    {
        var (setup, issuerKey) = await SetupWithoutLimitAsync();
        var (other, _) = await SetupWithoutLimitAsync();
        using var collection = _host.CreateClient(setup.Key);
        using var otherCollection = _host.CreateClient(other.Key);
        var records = new object[] { Record(setup.Service, null, DaysAgo(2), messagesSent: 1) };

        for (var i = 0; i < PerCaller; i++)
            ApiAssert.IsOk(await ReportAsync(collection, setup.Collection, records));
        var limited = await ReportAsync(collection, setup.Collection, records);

        ApiAssert.IsError(limited, HttpStatusCode.TooManyRequests, "TooManyRequests");
        ApiAssert.IsOk(await ReportAsync(otherCollection, other.Collection, [Record(other.Service, null, DaysAgo(2))]));
        using var issuer = _host.CreateClient(issuerKey);
        ApiAssert.IsOk(await issuer.GetAsync(Keys(setup.Collection)));
    }

    /// <summary>The setup, made by a SuperUser of its own each time (the fixture limits each caller), with that SuperUser's key.</summary>
    private async Task<(IntakeSetup Setup, string IssuerKey)> SetupWithoutLimitAsync()
    {
        var superUserKey = await _host.CreateAdminApiKeyAsync(AdminUserType.SuperUser, null);
        return (await SetupAsync(_host, superUserKey), superUserKey);
    }
}
