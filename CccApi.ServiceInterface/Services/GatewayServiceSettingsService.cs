using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Settings;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A service as a gateway sees it (by domain), and the settings a gateway needs for it. The two Booleans
/// UpdateGatewayServiceSettings changes are the service's own setting values (DiscardSameDomainNotifications,
/// SendNotificationViaServer), which GetSettings and SetSettings show too: every gateway of a service applies the same.
/// </summary>
public sealed class GatewayServiceSettingsService(GatewayServices gateways, SettingKeyCatalog keys, SettingStore store, SettingHolders holders)
{
    public async Task<GetGatewayServiceResponse> Get(GetGatewayService request, CancellationToken ct)
    {
        var service = await gateways.RequireAsync(gateways.CallerServices(), null, request.Domain, ct);
        return await gateways.DescribeAsync(service, new GetGatewayServiceResponse(), ct);
    }

    public async Task<GatewayServiceSettingsResponse> Get(GetGatewayServiceSettings request, CancellationToken ct)
    {
        var gateway = await gateways.GatewayAsync(request.GatewayGuid, ct);
        var service = await gateways.RequireAsync(gateways.ServicesOf(gateway), request.ServiceGuid, request.Domain, ct);
        return await gateways.SettingsAsync(gateway, service, ct);
    }

    /// <summary>Members not sent are left as they are; both values are written in one transaction.</summary>
    public async Task<GatewayServiceSettingsResponse> Put(UpdateGatewayServiceSettings request, CancellationToken ct)
    {
        var gateway = await gateways.GatewayAsync(request.GatewayGuid, ct);
        var service = await gateways.RequireAsync(gateways.ServicesOf(gateway), request.ServiceGuid, null, ct);
        var all = await keys.AllAsync(ct);
        var chain = SettingChain.ForService(service.ServiceId, service.CollectionId, service.ResellerId, service.PartnerId);
        var values = new List<(SettingKeyInfo Key, string Value)>();
        void Set(string name, bool? value)
        {
            if (value is not { } given) return;
            // As SetServiceSetting: the key's level and visibility (a SuperUser may have made it Protected) still hold.
            holders.DemandWritable(all[name], chain, name);
            values.Add((all[name], given ? "true" : "false"));
        }
        Set(GatewayServices.DiscardSameDomainNotificationsKey, request.DiscardSameDomainNotifications);
        Set(GatewayServices.SendNotificationViaServerKey, request.SendNotificationViaServer);
        if (values.Count > 0)
            await store.WriteAllAsync(values, new SettingHolder(SettingLevel.Service, service.ServiceId), ct);
        return await gateways.SettingsAsync(gateway, service, ct);
    }
}
