using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Settings;

/// <summary>The setting keys, read through the cache (one entry, urn:SettingKeys) and by name without regard to case.</summary>
public sealed class SettingKeyCatalog(CccDbContext db, SettingsCache cache, ICallerContext caller)
{
    public async Task<IReadOnlyDictionary<string, SettingKeyInfo>> AllAsync(CancellationToken ct) =>
        await cache.GetOrSetAsync<IReadOnlyDictionary<string, SettingKeyInfo>>(SettingCacheTags.Keys, [SettingCacheTags.Keys], LoadAsync, ct);

    /// <summary>The keys the caller may see: Private ones exist only for SuperUsers.</summary>
    public async Task<IEnumerable<SettingKeyInfo>> VisibleAsync(CancellationToken ct) =>
        (await AllAsync(ct)).Values.Where(IsVisible);

    /// <summary>The named key the caller may see, or a 404 naming <paramref name="fieldName"/>.</summary>
    public async Task<SettingKeyInfo> RequireAsync(string name, string fieldName, CancellationToken ct) =>
        (await AllAsync(ct)).TryGetValue(name.Trim(), out var key) && IsVisible(key)
            ? key
            : throw HttpError.NotFound($"Setting '{name.Trim()}' not found.", fieldName);

    private bool IsVisible(SettingKeyInfo key) => key.Visibility != SettingVisibility.Private || caller.IsSuperUser;

    private async Task<IReadOnlyDictionary<string, SettingKeyInfo>> LoadAsync(CancellationToken ct)
    {
        var keys = await db.SettingKeys.AsNoTracking()
            .Select(k => new SettingKeyInfo(k.Id, k.Name, k.AccessType, k.Visibility, k.GroupId, k.Group == null ? null : k.Group.Name,
                k.Description, k.ValidationDescription, k.ValueType, k.ValidationPattern, k.MinimumValue, k.MaximumValue, k.DefaultValue))
            .ToListAsync(ct);
        return keys.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);
    }
}
