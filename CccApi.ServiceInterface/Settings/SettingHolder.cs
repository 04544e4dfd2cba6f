using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Settings;

/// <summary>A service, collection, reseller or partner that may hold setting values.</summary>
public readonly record struct SettingHolder(SettingLevel Level, Guid OwnerId)
{
    /// <summary>The cache tag of every value resolved for or through this holder (DeleteCache's urn:ServiceSettingValues:&lt;Guid&gt; and kin).</summary>
    public string Tag => SettingCacheTags.Holder(Level, OwnerId);
}

/// <summary>
/// A holder and the more general ones it inherits from, most specific first: a service, then its collection, its
/// reseller and that reseller's partner; a collection, then its owning reseller and partner; a reseller, then its partner.
/// </summary>
public sealed record SettingChain(IReadOnlyList<SettingHolder> Holders)
{
    public SettingHolder Target => Holders[0];

    /// <summary>A service's chain: the service, its collection, its reseller, that reseller's partner.</summary>
    public static SettingChain ForService(Guid serviceId, Guid collectionId, Guid resellerId, Guid partnerId) => new([
        new SettingHolder(SettingLevel.Service, serviceId), new SettingHolder(SettingLevel.Collection, collectionId),
        new SettingHolder(SettingLevel.Reseller, resellerId), new SettingHolder(SettingLevel.Partner, partnerId)]);
}
