using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// One partner's objects: a reseller owning a collection (and an access record for it), a service, a SkuBundle
/// and a Sku in the partner's catalogue, the bundle assigned to the service, a ServiceSku, and a partner admin user; Domain is the service's primary domain.
/// ServiceUser is a user of the service, not yet activated (so it can be sent an activation message), whose password is
/// <see cref="ServiceUserPassword"/>. IdProvider is an identity provider (the SuperUser's, as every provider is) and IdPx an
/// identity proxy of the service through it. CollectionKey is a usage-reporting key of the collection. Gateway is a gateway the
/// SuperUser registered (it serves every service, and only SuperUsers administer it), MessageRule its rule for the service.
/// </summary>
public sealed record Tenant(Guid Partner, Guid Site, Guid Reseller, Guid Collection, Guid Service, Guid Bundle, Guid PartnerAdmin,
    Guid Sku, Guid ServiceSku, Guid ServiceSkuBundle, string Domain, Guid ServiceUser,
    Guid IdProvider, Guid IdPx, Guid CollectionKey, Guid Gateway, Guid MessageRule)
{
    public const string ServiceUserPassword = "service user password";

    /// <summary>Built by the SuperUser through the API.</summary>
    public static async Task<Tenant> CreateAsync(Scenario superUser)
    {
        var partner = await superUser.PartnerAsync();
        var reseller = await superUser.ResellerAsync(partner);
        var site = await superUser.SiteAsync();
        var collection = await superUser.CollectionAsync(reseller, site);
        await superUser.GrantAccessAsync(reseller, collection);
        var domain = Scenario.UniqueDomain();
        var service = await superUser.ServiceAsync(reseller, new { primaryDomain = domain });
        var bundle = await superUser.SkuBundleAsync(partner);
        var admin = await superUser.PartnerAdminUserAsync(partner);
        var idProvider = await superUser.IdProviderAsync();
        var gateway = await superUser.GatewayAsync();
        return new Tenant(partner, site, reseller, collection, service, bundle, admin,
            await superUser.SkuAsync(partner), await superUser.ServiceSkuAsync(service), await superUser.AssignBundleAsync(service, bundle), domain,
            await superUser.ServiceUserAsync(service, password: ServiceUserPassword),
            idProvider, await superUser.IdPxAsync(service, idProvider), await superUser.CollectionKeyAsync(collection),
            gateway, await superUser.MessageRuleAsync(gateway, service));
    }

    /// <summary>The scope an admin of this tenant of the given type has; none for a SuperUser.</summary>
    public Guid? ScopeFor(AdminUserType type) => type switch
    {
        AdminUserType.Partner => Partner,
        AdminUserType.Reseller => Reseller,
        AdminUserType.Service => Service,
        _ => null,
    };
}

/// <summary>An operation that names objects of a tenant, the request field a 404 names, and the admin types that may act on their own tenant's object.</summary>
/// <remarks><paramref name="OwnRefusal"/>: how an admin type outside OwnAllowed is refused on its own tenant's object (404 unless it sees the object);
/// <paramref name="OwnUnseen"/>: the admin types outside OwnAllowed that do not see it at all, refused 404 whatever OwnRefusal says.</remarks>
public sealed record ScopedOperation(string Name, string Field, AdminUserType[] OwnAllowed, Func<ApiClient, Tenant, Task<ApiResult>> Call,
    System.Net.HttpStatusCode OwnRefusal = System.Net.HttpStatusCode.NotFound, AdminUserType[]? OwnUnseen = null)
{
    public override string ToString() => Name;

    private static readonly AdminUserType[] PartnerOnly = [AdminUserType.Partner];
    private static readonly AdminUserType[] PartnerOrReseller = [AdminUserType.Partner, AdminUserType.Reseller];
    private static readonly AdminUserType[] AnyScoped = [AdminUserType.Partner, AdminUserType.Reseller, AdminUserType.Service];
    private static readonly AdminUserType[] ResellerOnly = [AdminUserType.Reseller];
    private static readonly AdminUserType[] ServiceOnly = [AdminUserType.Service];

    /// <summary>How <paramref name="type"/>, outside OwnAllowed, is refused on its own tenant's object.</summary>
    public System.Net.HttpStatusCode OwnRefusalFor(AdminUserType type) =>
        OwnUnseen?.Contains(type) == true ? System.Net.HttpStatusCode.NotFound : OwnRefusal;

    public static IReadOnlyList<ScopedOperation> All { get; } =
    [
        new("CreateReseller", "PartnerGuid", PartnerOnly, (c, t) => c.PostAsync($"/api/partners/{t.Partner:N}/resellers",
            new { name = Scenario.Unique("Reseller "), companyName = "Co", contactInfo = new { name = "Pat", email = "pat@example.com", phoneNumber = "+1 555 0100" } })),
        new("CreateSkuBundle", "PartnerGuid", PartnerOnly, (c, t) => c.PostAsync($"/api/partners/{t.Partner:N}/skubundles",
            new { name = Scenario.Unique("Bundle ") })),
        new("CreatePartnerAdminUser", "PartnerGuid", PartnerOnly, (c, t) => c.PostAsync($"/api/partners/{t.Partner:N}/users",
            new { emailAddress = $"{Guid.NewGuid():N}@tests.invalid", password = "matrix password" })),
        new("GetPartnerAdminUsers", "PartnerGuid", PartnerOnly, (c, t) => c.GetAsync($"/api/partners/{t.Partner:N}/users")),
        new("CreateResellerAdminUser", "ResellerGuid", PartnerOrReseller, (c, t) => c.PostAsync($"/api/resellers/{t.Reseller:N}/users",
            new { emailAddress = $"{Guid.NewGuid():N}@tests.invalid", password = "matrix password" })),
        new("GetResellerAdminUsers", "ResellerGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/resellers/{t.Reseller:N}/users")),
        new("UpdateAdminUser", "UserGuid", PartnerOnly, (c, t) => c.PutAsync($"/api/adminusers/{t.PartnerAdmin:N}", new { status = "Disabled" })),
        new("GetReseller", "ResellerGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/resellers/{t.Reseller:N}")),
        new("GetResellerCollections", "ResellerGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/resellers/{t.Reseller:N}/collections")),
        new("GetResellerServices", "ResellerGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/resellers/{t.Reseller:N}/services")),
        new("RegisterCollection", "ResellerGuid", PartnerOrReseller, (c, t) => c.PostAsync($"/api/resellers/{t.Reseller:N}/collections",
            new { siteGuid = t.Site, name = "Collection", collectionCode = Scenario.Unique("C") })),
        new("CreateService", "ResellerGuid", PartnerOrReseller, (c, t) => c.PostAsync("/api/services",
            new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = t.Reseller })),
        new("UpdateResellerCollectionAccess", "ResellerGuid", PartnerOrReseller, (c, t) =>
            c.PutAsync($"/api/resellers/{t.Reseller:N}/collectionaccess/{t.Collection:N}", new { isDefaultCollectionForSite = false })),
        new("DeleteResellerCollectionAccess", "ResellerGuid", PartnerOrReseller, (c, t) =>
            c.DeleteAsync($"/api/resellers/{t.Reseller:N}/collectionaccess/{t.Collection:N}")),
        new("GetService", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}")),
        new("CreateServiceSku", "ServiceGuid", AnyScoped, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/skus",
            new { name = Scenario.Unique("Sku ") })),
        new("GetServiceSkus", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/skus")),
        new("AssignServiceSkuBundle", "ServiceGuid", AnyScoped, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/skubundles/{t.Bundle:N}")),
        new("GetPartnerSites", "PartnerGuid", PartnerOnly, (c, t) => c.GetAsync($"/api/partners/{t.Partner:N}/sites")),
        new("UpdatePartner", "PartnerGuid", PartnerOnly, (c, t) => c.PutAsync($"/api/partners/{t.Partner:N}", new { contactName = "Matrix contact" })),
        new("GetCollection", "CollectionGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/collections/{t.Collection:N}")),
        new("PingCollection", "CollectionGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/collections/{t.Collection:N}/ping")),
        new("UpdateCollection", "CollectionGuid", PartnerOrReseller, (c, t) => c.PutAsync($"/api/collections/{t.Collection:N}",
            new { servicesApiBaseUrl = "https://matrix.example.com" })),
        new("GetPartnerResellers", "PartnerGuid", PartnerOnly, (c, t) => c.GetAsync($"/api/partners/{t.Partner:N}/resellers")),
        new("CreateSku", "PartnerGuid", PartnerOnly, (c, t) => c.PostAsync($"/api/partners/{t.Partner:N}/skus", new { name = Scenario.Unique("Sku ") })),
        new("GetSkus", "PartnerGuid", AnyScoped, (c, t) => c.GetAsync($"/api/partners/{t.Partner:N}/skus/")),
        new("GetSku", "SkuGuid", AnyScoped, (c, t) => c.GetAsync($"/api/skus/{t.Sku:N}")),
        new("GetSkuBundles", "PartnerGuid", AnyScoped, (c, t) => c.GetAsync($"/api/partners/{t.Partner:N}/skubundles")),
        new("AssignServiceSku", "ServiceGuid", AnyScoped, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/skus/{t.Sku:N}")),
        new("GetServiceSku", "ServiceSkuGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/skus/{t.ServiceSku:N}/")),
        new("GetServiceSkuBundle", "ServiceSkuBundleGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/skubundles/{t.ServiceSkuBundle:N}")),
        new("RecentlyCreatedServicesWithDomains", "OldestServiceGuid", AnyScoped, (c, t) =>
            c.GetAsync($"/api/SecureCloud/RecentlyCreatedServicesWithDomains?OldestServiceGuid={t.Service:N}")),
        new("GetServiceCompanyInfo", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/companyinfo")),
        new("GetServiceSetting", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/settings/EnableTouchValidation")),
        new("UpdateServiceSetting", "ServiceGuid", AnyScoped, (c, t) => c.PutAsync($"/api/services/{t.Service:N}/settings/EnableTouchValidation", new { value = "true" })),
        new("GetCollectionSetting", "CollectionGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/collections/{t.Collection:N}/settings/EnableTouchValidation")),
        new("UpdateCollectionSetting", "CollectionGuid", PartnerOrReseller, (c, t) =>
            c.PutAsync($"/api/collections/{t.Collection:N}/settings/EnableTouchValidation", new { value = "true" })),
        new("ApplyCollectionSettingsDefaults", "CollectionGuid", PartnerOrReseller, (c, t) => c.PostAsync($"/api/collections/{t.Collection:N}/settings/defaults")),
        new("GetResellerSetting", "ResellerGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/resellers/{t.Reseller:N}/settings/SupportEmailAddress")),
        new("UpdateResellerSetting", "ResellerGuid", PartnerOrReseller, (c, t) =>
            c.PutAsync($"/api/resellers/{t.Reseller:N}/settings/SupportEmailAddress", new { value = "help@example.com" })),
        new("GetPartnerSetting", "PartnerGuid", PartnerOnly, (c, t) => c.GetAsync($"/api/partners/{t.Partner:N}/settings/EnableTouchValidation")),
        // A Service admin sees its service but does not change its status (403, see ServiceStatusTests): not a row of this matrix's own-object rule.
        new("UpdateServiceStatus", "ServiceGuid", PartnerOrReseller, (c, t) => c.PutAsync($"/api/services/{t.Service:N}/status", new { status = "AccountSuspended" }),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        // A Service admin sees its service but does not change its domains (403, see ServiceDomainTests).
        new("AddServiceDomain", "ServiceGuid", PartnerOrReseller, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/domains/{Scenario.UniqueDomain()}"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("UpdateServiceDomain", "ServiceGuid", PartnerOrReseller, (c, t) => UpdatePrimaryDomainAsync(c, t),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("RemoveServiceDomain", "ServiceGuid", PartnerOrReseller, (c, t) => RemovePrimaryDomainAsync(c, t),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        // The service users (issue 32): a SuperUser reaches all, Partner and Reseller admins those of their services, a Service admin its own service's.
        new("CreateServiceUser", "ServiceGuid", AnyScoped, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/users",
            new { emailAddress = $"{Guid.NewGuid():N}@tests.invalid", password = "matrix password", firstName = "Matrix", lastName = "User", preRegister = true })),
        new("UpdateServiceUser", "ServiceGuid", AnyScoped, (c, t) => c.PutAsync($"/api/services/{t.Service:N}/users?ServiceUserGuid={t.ServiceUser:N}",
            new { firstName = "Renamed" })),
        new("GetServiceUser", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/users/single?ServiceUserGuid={t.ServiceUser:N}")),
        new("GetServiceUsers", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/users")),
        new("SearchServiceUsers", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/users?ServiceGuid={t.Service:N}&Token=pat")),
        new("ProvisionServiceUser", "ServiceGuid", AnyScoped, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/sso/users",
            new { emailAddress = $"{Guid.NewGuid():N}@tests.invalid", firstName = "Matrix", lastName = "User", ssoUid = Guid.NewGuid() })),
        new("UpdateServiceUserServiceUserGroup", "ServiceGuid", AnyScoped, (c, t) =>
            c.PutAsync($"/api/services/{t.Service:N}/users/group?ServiceUserGuid={t.ServiceUser:N}", new { serviceUserGroupType = "Guest" })),
        new("ChangeServiceUserPassword", "ServiceGuid", AnyScoped, (c, t) =>
            c.PutAsync($"/api/services/{t.Service:N}/users/password?ServiceUserGuid={t.ServiceUser:N}",
                new { oldPassword = Tenant.ServiceUserPassword, newPassword = "matrix new password" })),
        new("SendActivationMessage", "ServiceGuid", AnyScoped, (c, t) =>
            c.PostAsync($"/api/services/{t.Service:N}/users/activationmessage?ServiceUserGuid={t.ServiceUser:N}")),
        // The identity proxies (issue 33): whoever sees the service, as for its users. Providers are shared: any admin names any.
        new("CreateServiceIdPx", "ServiceGuid", AnyScoped, (c, t) => c.PostAsync($"/api/services/{t.Service:N}/idpx",
            new { idProviderGuid = t.IdProvider, name = "Matrix proxy", pattern = "{\"userGroupType\":\"Guest\"}" })),
        new("GetServiceIdPx", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/idpx")),
        new("GetIdPx", "IdPxGuid", AnyScoped, (c, t) => c.GetAsync($"/api/idpx/{t.IdPx:N}")),
        new("UpdateIdPx", "IdPxGuid", AnyScoped, (c, t) => c.PutAsync($"/api/idpx/{t.IdPx:N}", new { name = "Renamed proxy", parameters = "{\"language\":\"en\"}" })),
        new("UpdatePartnerSetting", "PartnerGuid", PartnerOnly, (c, t) => c.PutAsync($"/api/partners/{t.Partner:N}/settings/EnableTouchValidation", new { value = "true" })),
        // The usage reports (issue 34): whoever sees the service sees its usage and its users'; a reseller's usage list and
        // user-count report its Partner's and its own admins; a partner's report its own admins. GetServicesUsage is a list
        // (ObjectScopeListingTests).
        new("GetServiceUsage", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/serviceusage")),
        new("GetServiceUsersUsage", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/users/usage")),
        new("GetServiceUserUsage", "ServiceGuid", AnyScoped, (c, t) => c.GetAsync($"/api/services/{t.Service:N}/users/{t.ServiceUser:N}/usage")),
        new("GetResellerServiceUsage", "ResellerGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/resellers/{t.Reseller:N}/serviceusagelist")),
        new("GetResellerServiceUserCountReport", "ResellerGuid", PartnerOrReseller, (c, t) =>
            c.GetAsync($"/api/resellers/{t.Reseller:N}/serviceusercountreport?StartPeriod={ReportStart}")),
        new("GetPartnerServiceUserCountReport", "PartnerGuid", PartnerOnly, (c, t) =>
            c.GetAsync($"/api/partners/{t.Partner:N}/serviceusercountreport?StartPeriod={ReportStart}")),
        // A collection's usage-reporting keys (issue 34): the owning Reseller's admins; its Partner's admins see the collection
        // but are refused (403); a Service admin sees no collection (404).
        new("CreateCollectionKey", "CollectionGuid", ResellerOnly, (c, t) => c.PostAsync($"/api/collections/{t.Collection:N}/keys", new { name = "Matrix key" }),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden, OwnUnseen: ServiceOnly),
        new("GetCollectionKeys", "CollectionGuid", ResellerOnly, (c, t) => c.GetAsync($"/api/collections/{t.Collection:N}/keys"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden, OwnUnseen: ServiceOnly),
        new("RevokeCollectionKey", "CollectionGuid", ResellerOnly, (c, t) => c.DeleteAsync($"/api/collections/{t.Collection:N}/keys/{t.CollectionKey:N}"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden, OwnUnseen: ServiceOnly),

        // Gateways: SuperUsers and the service's Partner and Reseller admins; a Service admin sees its service but is refused (403).
        new("GetGatewayService", "Domain", PartnerOrReseller, (c, t) => c.GetAsync($"/api/gateways/services?Domain={t.Domain}"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("GetGatewayServiceSettings", "ServiceGuid", PartnerOrReseller, (c, t) => c.GetAsync($"/api/gateways/{t.Gateway:N}/services/settings?ServiceGuid={t.Service:N}"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("UpdateGatewayServiceSettings", "ServiceGuid", PartnerOrReseller, (c, t) => c.PutAsync($"/api/gateways/{t.Gateway:N}/services/{t.Service:N}/settings",
            new { discardSameDomainNotifications = true }), OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("SearchGatewayServiceMessageRules", "ServiceGuid", PartnerOrReseller, (c, t) => c.GetAsync(MessageRules(t)),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("GetGatewayServiceMessageRule", "ServiceGuid", PartnerOrReseller, (c, t) => c.GetAsync($"{MessageRules(t)}/{t.MessageRule:N}"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("CreateGatewayServiceMessageRule", "ServiceGuid", PartnerOrReseller, (c, t) => c.PostAsync(MessageRules(t), new { matchExpression = "^matrix" }),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("UpdateGatewayServiceMessageRule", "ServiceGuid", PartnerOrReseller, (c, t) => c.PutAsync($"{MessageRules(t)}/{t.MessageRule:N}", new { enabled = false }),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        new("DeleteGatewayServiceMessageRule", "ServiceGuid", PartnerOrReseller, (c, t) => c.DeleteAsync($"{MessageRules(t)}/{t.MessageRule:N}"),
            OwnRefusal: System.Net.HttpStatusCode.Forbidden),
        // A SuperUser's gateway is administered by SuperUsers only.
        new("CreateGatewayKey", "GatewayGuid", [], (c, t) => c.PostAsync($"/api/gateways/{t.Gateway:N}/keys", new { name = "Matrix key" })),
        new("GetGatewayKeys", "GatewayGuid", [], (c, t) => c.GetAsync($"/api/gateways/{t.Gateway:N}/keys")),
    ];

    private static string MessageRules(Tenant t) => $"/api/gateways/{t.Gateway:N}/services/{t.Service:N}/settings/messagerules";

    /// <summary>A user-count report's StartPeriod: this month's first day, well within the months a report may cover.</summary>
    private static string ReportStart => $"{DateTime.UtcNow:yyyy-MM}-01";

    /// <summary>Renames the service's primary domain, as the tenant's SuperUser gave it (the caller may not see the service to read it).</summary>
    private static Task<ApiResult> UpdatePrimaryDomainAsync(ApiClient caller, Tenant tenant) =>
        caller.PutAsync($"/api/services/{tenant.Service:N}/domains/{tenant.Domain}?NewDomain={Scenario.UniqueDomain()}&SetAsPrimaryDomain=true");

    private static Task<ApiResult> RemovePrimaryDomainAsync(ApiClient caller, Tenant tenant) =>
        caller.DeleteAsync($"/api/services/{tenant.Service:N}/domains/{tenant.Domain}");
}
