using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Settings;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Settings of services, collections, resellers and partners. A value is looked up from the most specific holder that
/// has one (service, its collection, reseller, partner), else the key's default; see <see cref="SettingHolders"/> for
/// who may read and change them and <see cref="SettingValues"/> for how values are written.
/// </summary>
public sealed class SettingService(SettingKeyCatalog keys, SettingStore store, SettingHolders holders, SettingsCache cache, CccDbContext db, ICallerContext caller)
{
    public async Task<GetSettingKeysResponse> Get(GetSettingKeys request, CancellationToken ct)
    {
        var names = request.Names?.Select(n => n.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var accessType = request.AccessType is null ? (SettingLevel?)null : SettingWords.Level(request.AccessType);
        var visible = await keys.VisibleAsync(ct);
        return new GetSettingKeysResponse
        {
            SettingKeys = visible
                .Where(k => names is null || names.Count == 0 || names.Contains(k.Name))
                .Where(k => accessType is null || k.AccessType == accessType)
                .OrderBy(k => k.Name, StringComparer.OrdinalIgnoreCase)
                .Select(k => new ServiceModel.SettingKey
                {
                    Guid = k.Id,
                    Name = k.Name,
                    AccessType = k.AccessType.ToString(),
                    Group = k.GroupId is { } groupId ? new SettingGroup { Guid = groupId, Name = k.GroupName } : null,
                    Visibility = k.Visibility.ToString(),
                    Description = k.Description,
                    ValidationDescription = k.ValidationDescription,
                })
                .ToList(),
        };
    }

    /// <summary>
    /// Changes a key's AccessType, Visibility, group and descriptions (null leaves a field as it is). The key is named by
    /// KeyGuid, else by Name; its name never changes, since the platform reads it by name.
    /// </summary>
    public async Task<BaseResponse> Put(UpdateSettingKey request, CancellationToken ct)
    {
        SuperUserOnly.Demand(caller, "change setting keys");
        var key = request.KeyGuid is { } keyId
            ? await db.SettingKeys.SingleOrDefaultAsync(k => k.Id == keyId, ct) ?? throw HttpError.NotFound("Setting key not found.", nameof(request.KeyGuid))
            : await db.SettingKeys.SingleOrDefaultAsync(k => k.Name == request.Name!.Trim(), ct)
              ?? throw HttpError.NotFound($"Setting '{request.Name!.Trim()}' not found.", nameof(request.Name));
        if (request.Name is not null && !string.Equals(request.Name.Trim(), key.Name, StringComparison.OrdinalIgnoreCase))
            throw HttpError.BadRequest("SettingNameFixed", "A setting key's name cannot change: the platform reads it by name.", nameof(request.Name));

        if (request.AccessType is not null)
        {
            var accessType = SettingWords.Level(request.AccessType);
            // Levels are stored by name, so "below" is a list, not a comparison.
            var below = Enum.GetValues<SettingLevel>().Where(level => level < accessType).ToList();
            if (await db.SettingValues.AnyAsync(v => v.SettingKeyId == key.Id && below.Contains(v.Level), ct))
                throw HttpError.Conflict($"Values of '{key.Name}' are held at levels the AccessType {accessType} does not allow; change them first.",
                    nameof(request.AccessType));
            key.AccessType = accessType;
        }
        if (request.Visibility is not null) key.Visibility = SettingWords.Visibility(request.Visibility);
        if (request.GroupGuid is { } groupId)
        {
            if (!await db.SettingGroups.AnyAsync(g => g.Id == groupId, ct))
                throw HttpError.NotFound("Setting group not found.", nameof(request.GroupGuid));
            key.GroupId = groupId;
        }
        if (request.Description is not null) key.Description = Blank(request.Description);
        if (request.ValidationDescription is not null) key.ValidationDescription = Blank(request.ValidationDescription);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(SettingCacheTags.Keys, ct);
        await cache.EvictAsync(SettingCacheTags.Values(key.Name), ct);
        return new BaseResponse();
    }

    public async Task<ServiceSettingResponse> Get(GetServiceSetting request, CancellationToken ct) =>
        await ReadAsync(await holders.ServiceAsync(request.ServiceGuid, nameof(request.ServiceGuid), ct), request.Name!, (key, value) =>
            new ServiceSettingResponse { Name = key.Name, Description = key.Description, Group = key.GroupName, Value = value, ServiceGuid = request.ServiceGuid }, ct);

    public async Task<BaseResponse> Put(UpdateServiceSetting request, CancellationToken ct) =>
        await WriteAsync(await holders.ServiceAsync(request.ServiceGuid, nameof(request.ServiceGuid), ct), request.Name!, request.Value!, ct);

    public async Task<CollectionSettingResponse> Get(GetCollectionSetting request, CancellationToken ct) =>
        await ReadAsync(await holders.CollectionAsync(request.CollectionGuid, nameof(request.CollectionGuid), ct), request.Name!, (key, value) =>
            new CollectionSettingResponse { Name = key.Name, Description = key.Description, Group = key.GroupName, Value = value, CollectionGuid = request.CollectionGuid }, ct);

    public async Task<BaseResponse> Put(UpdateCollectionSetting request, CancellationToken ct) =>
        await WriteAsync(await holders.CollectionAsync(request.CollectionGuid, nameof(request.CollectionGuid), ct), request.Name!, request.Value!, ct);

    public async Task<ResellerSettingResponse> Get(GetResellerSetting request, CancellationToken ct) =>
        await ReadAsync(await holders.ResellerAsync(request.ResellerGuid, nameof(request.ResellerGuid), ct), request.Name!, (key, value) =>
            new ResellerSettingResponse { Name = key.Name, Description = key.Description, Group = key.GroupName, Value = value, ResellerGuid = request.ResellerGuid }, ct);

    public async Task<BaseResponse> Put(UpdateResellerSetting request, CancellationToken ct) =>
        await WriteAsync(await holders.ResellerAsync(request.ResellerGuid, nameof(request.ResellerGuid), ct), request.Name!, request.Value!, ct);

    public async Task<PartnerSettingResponse> Get(GetPartnerSetting request, CancellationToken ct) =>
        await ReadAsync(await holders.PartnerAsync(request.PartnerGuid, nameof(request.PartnerGuid), ct), request.Name!, (key, value) =>
            new PartnerSettingResponse { Name = key.Name, Description = key.Description, Group = key.GroupName, Value = value, PartnerGuid = request.PartnerGuid }, ct);

    public async Task<BaseResponse> Put(UpdatePartnerSetting request, CancellationToken ct) =>
        await WriteAsync(await holders.PartnerAsync(request.PartnerGuid, nameof(request.PartnerGuid), ct), request.Name!, request.Value!, ct);

    /// <summary>
    /// Gives the collection, as values of its own, what it would inherit from a reseller (the one named, else its owner):
    /// that reseller's value, else its partner's, else the key's default. The named keys, or every key a collection may hold
    /// that the caller may change; all in one transaction.
    /// </summary>
    public async Task<BaseResponse> Post(ApplyCollectionSettingsDefaults request, CancellationToken ct)
    {
        var chain = await holders.CollectionAsync(request.CollectionGuid, nameof(request.CollectionGuid), ct);
        var resellerChain = await DefaultsSourceAsync(request, chain, ct);
        var chosen = await ChosenKeysAsync(request.Names, chain, ct);
        var values = new List<(SettingKeyInfo, string)>();
        foreach (var key in chosen) values.Add((key, await store.ResolveAsync(key, resellerChain, ct)));
        await store.WriteAllAsync(values, chain.Target, ct);
        return new BaseResponse();
    }

    public async Task<DeleteCacheResponse> Delete(DeleteCache request, CancellationToken ct)
    {
        SuperUserOnly.Demand(caller, "clear the cache");
        return new DeleteCacheResponse { KeysDeleted = await cache.DeleteAsync(request.pattern!.Trim(), ct) };
    }

    /// <summary>The collection's owning reseller and its partner, or the named reseller (which must hold access to the collection) and its partner.</summary>
    private async Task<SettingChain> DefaultsSourceAsync(ApplyCollectionSettingsDefaults request, SettingChain collection, CancellationToken ct)
    {
        var owner = new SettingChain(collection.Holders.Skip(1).ToList());
        if (request.ResellerGuid is not { } named || named == owner.Target.OwnerId) return owner;
        var partnerId = await db.Resellers.VisibleTo(caller).Where(r => r.Id == named).Select(r => (Guid?)r.PartnerId).SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Reseller not found.", nameof(request.ResellerGuid));
        if (!await db.ResellerCollectionAccess.AnyAsync(a => a.ResellerId == named && a.CollectionId == request.CollectionGuid, ct))
            throw HttpError.BadRequest("ResellerNotOfCollection", "The Reseller neither owns the Collection nor has access to it.", nameof(request.ResellerGuid));
        return new SettingChain([new SettingHolder(SettingLevel.Reseller, named), new SettingHolder(SettingLevel.Partner, partnerId)]);
    }

    private async Task<IReadOnlyList<SettingKeyInfo>> ChosenKeysAsync(List<string>? names, SettingChain chain, CancellationToken ct)
    {
        if (names is null || names.Count == 0)
            return (await keys.VisibleAsync(ct)).Where(k => k.MayBeHeldAt(SettingLevel.Collection) && holders.MayWrite(k)).ToList();
        var chosen = new List<SettingKeyInfo>();
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = await keys.RequireAsync(name, "Names", ct);
            holders.DemandWritable(key, chain, "Names");
            chosen.Add(key);
        }
        return chosen;
    }

    private async Task<T> ReadAsync<T>(SettingChain chain, string name, Func<SettingKeyInfo, string, T> shown, CancellationToken ct)
    {
        var key = await keys.RequireAsync(name, "Name", ct);
        return shown(key, await store.ResolveAsync(key, chain, ct));
    }

    private async Task<BaseResponse> WriteAsync(SettingChain chain, string name, string value, CancellationToken ct)
    {
        var key = await keys.RequireAsync(name, "Name", ct);
        holders.DemandWritable(key, chain, "Name");
        await store.WriteAsync(key, chain.Target, SettingValues.Serialize(key, value, "Value"), ct);
        return new BaseResponse();
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
