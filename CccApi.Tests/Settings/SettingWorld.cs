using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Settings;

/// <summary>A partner, its reseller, the reseller's collection and a service installed in it: one holder at each setting level.</summary>
public sealed record SettingWorld(Guid Partner, Guid Reseller, Guid Site, Guid Collection, Guid Service)
{
    public static async Task<SettingWorld> CreateAsync(Scenario given)
    {
        var partner = await given.PartnerAsync();
        var reseller = await given.ResellerAsync(partner);
        var site = await given.SiteAsync();
        var collection = await given.CollectionAsync(reseller, site);
        var service = await given.ServiceAsync(reseller);
        return new SettingWorld(partner, reseller, site, collection, service);
    }

    public string ServiceSetting(string name) => $"/api/services/{Service:N}/settings/{name}";

    public string CollectionSetting(string name) => $"/api/collections/{Collection:N}/settings/{name}";

    public string ResellerSetting(string name) => $"/api/resellers/{Reseller:N}/settings/{name}";

    public string PartnerSetting(string name) => $"/api/partners/{Partner:N}/settings/{name}";
}
