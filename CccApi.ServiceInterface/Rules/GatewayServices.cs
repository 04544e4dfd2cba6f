using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Settings;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceEntity = CccApi.ServiceInterface.Data.Entities.Service;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The gateway and service a gateway operation names, as its caller may reach them, and the service as a gateway sees
/// it. A gateway calls for itself only (another GatewayGuid is 404) and for the services it serves; an admin names any
/// registered gateway, for the services the admin sees that the gateway serves. A service outside that is 404, as a
/// missing one.
/// </summary>
public sealed class GatewayServices(CccDbContext db, ICallerContext caller, ServiceUrlBuilder urls, SettingKeyCatalog keys, SettingStore settings)
{
    /// <summary>Setting keys a gateway reads (GetGatewayServiceSettings' members of the same names).</summary>
    public const string DefaultProPackageKey = "DefaultProPackage";
    public const string CustomSmtpSenderEmailKey = "CustomSMTPSenderEmail";
    public const string CustomSmtpSenderNameKey = "CustomSMTPSenderName";
    public const string CustomSmtpDnrEmailKey = "CustomSMTPDNREmail";
    public const string DiscardSameDomainNotificationsKey = "DiscardSameDomainNotifications";
    public const string SendNotificationViaServerKey = "SendNotificationViaServer";

    public async Task<GatewayReach> GatewayAsync(Guid gatewayGuid, CancellationToken ct)
    {
        if (caller.Gateway is { } own)
            return own.GatewayId == gatewayGuid ? own : throw GatewayNotFound();
        var gateway = await db.Gateways.AsNoTracking().Where(g => g.Id == gatewayGuid)
            .Select(g => new { g.Id, g.RegistrarType, g.RegistrarScopeId })
            .SingleOrDefaultAsync(ct) ?? throw GatewayNotFound();
        return new GatewayReach(gateway.Id, gateway.RegistrarType, gateway.RegistrarScopeId);
    }

    /// <summary>The services the caller may look up by domain: a gateway's reach, or what an admin sees.</summary>
    public IQueryable<ServiceEntity> CallerServices() =>
        caller.Gateway is { } gateway ? db.Services.ReachedBy(gateway) : db.Services.VisibleTo(caller);

    /// <summary>The services the caller may act on through <paramref name="gateway"/>.</summary>
    public IQueryable<ServiceEntity> ServicesOf(GatewayReach gateway) =>
        (caller.Gateway is null ? db.Services.VisibleTo(caller) : db.Services).ReachedBy(gateway);

    /// <summary>
    /// The one service of <paramref name="services"/> named by its Guid, by one of its domains, or by both (then they
    /// must agree); 404 naming the field that found nothing.
    /// </summary>
    public async Task<GatewayServiceRow> RequireAsync(IQueryable<ServiceEntity> services, Guid? serviceGuid, string? domain, CancellationToken ct)
    {
        if (serviceGuid is { } id) services = services.Where(s => s.Id == id);
        if (domain is not null)
        {
            var normalized = DomainNames.Normalize(domain);
            services = services.Where(s => db.ServiceDomains.Any(d => d.ServiceId == s.Id && d.Domain == normalized));
        }
        var row = await services.Select(s => new GatewayServiceRow
        {
            ServiceId = s.Id,
            ServiceName = s.ServiceName,
            ServiceCode = s.ServiceCode,
            PrimaryDomain = s.PrimaryDomain,
            CollectionId = s.CollectionId,
            ResellerId = s.ResellerId,
            PartnerId = s.PartnerId,
            ServicesApiBaseUrl = s.Collection.ServicesApiBaseUrl,
            SiteEndpointUrl = db.SiteEndpoints.Where(e => e.Id == s.Collection.SiteEndpointId).Select(e => e.Url).FirstOrDefault(),
        }).SingleOrDefaultAsync(ct);
        var field = serviceGuid is null && domain is not null ? nameof(GetGatewayService.Domain) : nameof(GetGatewayServiceSettings.ServiceGuid);
        if (row is null) throw HttpError.NotFound("Service not found.", field);
        DemandGatewayAdmin(field);
        return row;
    }

    /// <summary>The id of the service of <paramref name="gateway"/>'s reach the caller names, as <see cref="RequireAsync"/> finds it.</summary>
    public async Task<Guid> RequireServiceIdAsync(GatewayReach gateway, Guid serviceGuid, CancellationToken ct)
    {
        var serviceId = await ServicesOf(gateway).Where(s => s.Id == serviceGuid).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service not found.", nameof(GetGatewayServiceSettings.ServiceGuid));
        DemandGatewayAdmin(nameof(GetGatewayServiceSettings.ServiceGuid));
        return serviceId;
    }

    /// <summary>A Service admin sees its service but does not administer its gateways: only SuperUsers, Partner and Reseller admins (and the gateway).</summary>
    private void DemandGatewayAdmin(string field)
    {
        if (caller.Type == AdminUserType.Service)
            throw HttpError.Forbidden("Only SuperUsers and the Service's Partner and Reseller admins may read or change its gateway settings.", field);
    }

    /// <summary>Fills the service's members: its URLs from its collection (the ServiceUrls templates), its domains other than the primary, oldest first.</summary>
    public async Task<T> DescribeAsync<T>(GatewayServiceRow service, T view, CancellationToken ct) where T : GatewayService
    {
        var domains = await db.ServiceDomains.AsNoTracking().Where(d => d.ServiceId == service.ServiceId)
            .OrderBy(d => d.CreatedOn).ThenBy(d => d.Domain).Select(d => d.Domain).ToListAsync(ct);
        var serviceUrls = urls.Build(service.ServicesApiBaseUrl, service.SiteEndpointUrl, service.ServiceCode, service.PrimaryDomain);
        view.ServiceGuid = service.ServiceId;
        view.ServiceName = service.ServiceName;
        view.ServiceCode = service.ServiceCode;
        view.PrimaryDomain = service.PrimaryDomain;
        view.SecondaryDomains = [.. domains.Where(d => d != service.PrimaryDomain)];
        view.MessagingApiUrl = serviceUrls?.GetValueOrDefault(ServiceUrlType.MessagingApi);
        view.GatewaySettingsUrl = serviceUrls?.GetValueOrDefault(ServiceUrlType.GatewaySettings);
        return view;
    }

    /// <summary>Everything a gateway needs for the service: the service, its system user, its settings as resolved for it, and the gateway's rules for it in order.</summary>
    public async Task<GatewayServiceSettingsResponse> SettingsAsync(GatewayReach gateway, GatewayServiceRow service, CancellationToken ct)
    {
        var response = await DescribeAsync(service, new GatewayServiceSettingsResponse(), ct);
        response.SystemUserEmailAddress = await db.ServiceUsers.AsNoTracking()
            .Where(u => u.ServiceId == service.ServiceId && u.IsSystemUser).Select(u => u.Email).FirstOrDefaultAsync(ct);
        var all = await keys.AllAsync(ct);
        var chain = SettingChain.ForService(service.ServiceId, service.CollectionId, service.ResellerId, service.PartnerId);
        async Task<string> ValueAsync(string name) => await settings.ResolveAsync(all[name], chain, ct);
        response.DefaultProPackage = await ValueAsync(DefaultProPackageKey);
        response.CustomSMTPSenderEmail = EmptyAsNull(await ValueAsync(CustomSmtpSenderEmailKey));
        response.CustomSMTPSenderName = EmptyAsNull(await ValueAsync(CustomSmtpSenderNameKey));
        response.CustomSMTPDNREmail = EmptyAsNull(await ValueAsync(CustomSmtpDnrEmailKey));
        response.DiscardSameDomainNotifications = bool.Parse(await ValueAsync(DiscardSameDomainNotificationsKey));
        response.SendNotificationViaServer = bool.Parse(await ValueAsync(SendNotificationViaServerKey));
        response.MessageRules = await db.GatewayMessageRules.AsNoTracking()
            .Where(r => r.GatewayId == gateway.GatewayId && r.ServiceId == service.ServiceId)
            .OrderBy(r => r.Position).ThenBy(r => r.Id)
            .ToWire()
            .ToListAsync(ct);
        return response;
    }

    private static string? EmptyAsNull(string value) => value.Length == 0 ? null : value;

    private static HttpError GatewayNotFound() => HttpError.NotFound("Gateway not found.", nameof(GetGatewayServiceSettings.GatewayGuid));
}

/// <summary>A service as the gateway operations read it, with the base addresses its URLs are built from.</summary>
public sealed class GatewayServiceRow
{
    public Guid ServiceId { get; init; }

    public string ServiceName { get; init; } = "";

    public string ServiceCode { get; init; } = "";

    public string? PrimaryDomain { get; init; }

    public Guid CollectionId { get; init; }

    public Guid ResellerId { get; init; }

    public Guid PartnerId { get; init; }

    public string? ServicesApiBaseUrl { get; init; }

    public string? SiteEndpointUrl { get; init; }
}
