using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Settings;

/// <summary>
/// Finds the holder a setting request names with the holders it inherits from, within what the caller may see (404
/// otherwise), and says who may read and change its settings (403 otherwise): a service's, whoever sees it; a
/// collection's, SuperUsers, the Partner of its owning Reseller and that Reseller (the pages' rule); a reseller's,
/// SuperUsers, its Partner and itself; a partner's, SuperUsers and itself.
/// </summary>
public sealed class SettingHolders(CccDbContext db, ICallerContext caller)
{
    public async Task<SettingChain> ServiceAsync(Guid serviceId, string fieldName, CancellationToken ct)
    {
        var service = await db.Services.VisibleTo(caller).Where(s => s.Id == serviceId)
            .Select(s => new { s.CollectionId, s.ResellerId, s.Reseller.PartnerId })
            .SingleOrDefaultAsync(ct) ?? throw HttpError.NotFound("Service not found.", fieldName);
        return Chain((SettingLevel.Service, serviceId), (SettingLevel.Collection, service.CollectionId),
            (SettingLevel.Reseller, service.ResellerId), (SettingLevel.Partner, service.PartnerId));
    }

    public async Task<SettingChain> CollectionAsync(Guid collectionId, string fieldName, CancellationToken ct)
    {
        var collection = await db.Collections.VisibleTo(db, caller).Where(c => c.Id == collectionId)
            .Select(c => new { c.OwnerResellerId, c.OwnerReseller.PartnerId })
            .SingleOrDefaultAsync(ct) ?? throw HttpError.NotFound("Collection not found.", fieldName);
        if (!IsOwnedBy(collection.OwnerResellerId, collection.PartnerId))
            throw HttpError.Forbidden("Only SuperUsers, the Reseller that owns the Collection and its Partner may get or change the Collection's settings.", fieldName);
        return Chain((SettingLevel.Collection, collectionId), (SettingLevel.Reseller, collection.OwnerResellerId), (SettingLevel.Partner, collection.PartnerId));
    }

    public async Task<SettingChain> ResellerAsync(Guid resellerId, string fieldName, CancellationToken ct)
    {
        var partnerId = await db.Resellers.VisibleTo(caller).Where(r => r.Id == resellerId).Select(r => (Guid?)r.PartnerId).SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Reseller not found.", fieldName);
        if (!IsOwnedBy(resellerId, partnerId))
            throw HttpError.Forbidden("Only SuperUsers, the Reseller and its Partner may get or change the Reseller's settings.", fieldName);
        return Chain((SettingLevel.Reseller, resellerId), (SettingLevel.Partner, partnerId));
    }

    public async Task<SettingChain> PartnerAsync(Guid partnerId, string fieldName, CancellationToken ct)
    {
        if (!await db.Partners.VisibleTo(caller).AnyAsync(p => p.Id == partnerId, ct))
            throw HttpError.NotFound("Partner not found.", fieldName);
        if (!caller.IsSuperUser && !(caller.Type == AdminUserType.Partner && caller.ScopeId == partnerId))
            throw HttpError.Forbidden("Only SuperUsers and the Partner itself may get or change the Partner's settings.", fieldName);
        return Chain((SettingLevel.Partner, partnerId));
    }

    /// <summary>Whether the caller may change a value of <paramref name="key"/> at the chain's target: the level must take it, and a Protected key only a SuperUser changes.</summary>
    public void DemandWritable(SettingKeyInfo key, SettingChain chain, string fieldName)
    {
        var level = chain.Target.Level;
        if (!key.MayBeHeldAt(level))
            throw HttpError.BadRequest("InvalidSettingLevel",
                $"Setting '{key.Name}' is a {key.AccessType} setting: a {level} cannot hold a value of it.", fieldName);
        if (key.Visibility != SettingVisibility.Public && !caller.IsSuperUser)
            throw HttpError.Forbidden($"Setting '{key.Name}' is {key.Visibility}: only a SuperUser may change it.", fieldName);
    }

    /// <summary>Whether the caller may change a value of <paramref name="key"/>, for operations that pick the keys themselves.</summary>
    public bool MayWrite(SettingKeyInfo key) => key.Visibility == SettingVisibility.Public || caller.IsSuperUser;

    private bool IsOwnedBy(Guid resellerId, Guid partnerId) =>
        caller.IsSuperUser
        || (caller.Type == AdminUserType.Reseller && caller.ScopeId == resellerId)
        || (caller.Type == AdminUserType.Partner && caller.ScopeId == partnerId);

    private static SettingChain Chain(params (SettingLevel Level, Guid OwnerId)[] holders) =>
        new(holders.Select(h => new SettingHolder(h.Level, h.OwnerId)).ToList());
}
