using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Usage;

/// <summary>A service with a Professional and a Guest user, and its collection's usage key, for the usage tests.</summary>
internal sealed record UsageWorld(TestHost Host, ApiClient Admin, Guid Reseller, Guid Collection, Guid Service, Guid Professional, Guid Guest, string CollectionKey)
{
    public static async Task<UsageWorld> CreateAsync(TestHost host, ApiClient admin)
    {
        var given = new Scenario(admin);
        var setup = await given.ResellerWithCollectionAsync();
        var service = await given.ServiceAsync(setup.Reseller);
        var professional = await given.ServiceUserAsync(service, groupType: "Professional");
        var guest = await given.ServiceUserAsync(service, groupType: "Guest");
        var (key, _) = await IntakeWorld.KeyAsync(admin, setup.Collection, "usage");
        return new UsageWorld(host, admin, setup.Reseller, setup.Collection, service, professional, guest, key);
    }

    /// <summary>Reports the records with the collection's key; they must be accepted.</summary>
    public async Task ReportAsync(params object[] records)
    {
        using var collection = Host.CreateClient(CollectionKey);
        ApiAssert.IsOk(await collection.PostAsync($"/api/collections/{Collection:N}/usage", new { records }));
    }
}
