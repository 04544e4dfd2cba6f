using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Settings;

namespace CccApi.ServiceInterface.PublicOperations;

/// <summary>
/// The settings PublicGetService shows anonymously: AlertCode, and the keys of the Branding group, resolved for the
/// service as any setting is (service, collection, reseller, partner, the key's default). Private keys never show.
/// </summary>
public sealed class PublicServiceSettings(SettingKeyCatalog catalog, SettingStore store)
{
    public const string AlertCodeKey = "AlertCode";
    public const string BrandingGroup = "Branding";

    public async Task<(int AlertCode, Dictionary<string, string> Branding)> ReadAsync(SettingChain chain, CancellationToken ct)
    {
        var keys = await catalog.AllAsync(ct);
        var alertCode = 0;
        if (keys.TryGetValue(AlertCodeKey, out var alertKey) && alertKey.Visibility != SettingVisibility.Private)
            alertCode = int.TryParse(await store.ResolveAsync(alertKey, chain, ct), out var code) ? code : 0;

        var branding = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys.Values.Where(k => k.GroupName == BrandingGroup && k.Visibility != SettingVisibility.Private).OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            var value = await store.ResolveAsync(key, chain, ct);
            if (value.Length > 0) branding[key.Name] = value;
        }
        return (alertCode, branding);
    }
}
