namespace CccApi.Tests.Infrastructure;

/// <summary>
/// Builds the data a test needs through the API itself, with unique names so that tests sharing a
/// host never collide.
/// </summary>
public sealed class Scenario(ApiClient client)
{
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 12, prefix.Length + 32)];

    /// <summary>A domain no other test uses, e.g. "t1a2b3c4d5e6.example.com".</summary>
    public static string UniqueDomain() => $"t{Guid.NewGuid():N}"[..13] + ".example.com";

    public async Task<Guid> PartnerAsync() =>
        (await Expect(client.PostAsync("/api/partners", new { name = Unique("Partner ") }))).Guid("partnerGuid");

    public async Task<Guid> SiteAsync() =>
        (await Expect(client.PostAsync("/api/sites", new { name = Unique("Site "), providerName = "Test", jurisdiction = "US", endpoint = "https://site.example.com" }))).Guid("siteGuid");

    public async Task<Guid> ResellerAsync(Guid? partnerGuid = null)
    {
        var partner = partnerGuid ?? await PartnerAsync();
        var result = await Expect(client.PostAsync($"/api/partners/{partner:N}/resellers", new
        {
            name = Unique("Reseller "),
            companyName = "Reseller Co",
            contactInfo = new { name = "Pat Reseller", email = "pat@reseller.example.com", phoneNumber = "+1 555 0100" },
        }));
        return result.Guid("resellerGuid");
    }

    public async Task<Guid> CollectionAsync(Guid resellerGuid, Guid siteGuid, string servicesApiBaseUrl = "https://collection.example.com") =>
        (await Expect(client.PostAsync($"/api/resellers/{resellerGuid:N}/collections", new
        {
            siteGuid,
            name = "Collection",
            collectionCode = Unique("C"),
            servicesApiBaseUrl,
        }))).Guid("collectionGuid");

    /// <summary>A reseller with one collection on a new site (its default collection).</summary>
    public async Task<ResellerSetup> ResellerWithCollectionAsync()
    {
        var reseller = await ResellerAsync();
        var site = await SiteAsync();
        var collection = await CollectionAsync(reseller, site);
        return new ResellerSetup(reseller, site, collection);
    }

    public async Task<Guid> ServiceAsync(Guid resellerGuid, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["primaryDomain"] = UniqueDomain(), ["resellerGuid"] = resellerGuid };
        if (extra is not null)
            foreach (var property in extra.GetType().GetProperties()) body[property.Name] = property.GetValue(extra);
        return (await Expect(client.PostAsync("/api/services", body))).Guid("serviceGuid");
    }

    /// <summary>A reseller with no collection at all (so no DefaultCollectionGuid).</summary>
    public Task<Guid> BareResellerAsync(Guid? partnerGuid = null) => ResellerAsync(partnerGuid);

    /// <summary>Grants (POST) the reseller access to the collection, optionally asking for it to be the Site's default.</summary>
    public async Task GrantAccessAsync(Guid resellerGuid, Guid collectionGuid, bool? isDefaultCollectionForSite = null)
    {
        object? body = isDefaultCollectionForSite is { } isDefault ? new { isDefaultCollectionForSite = isDefault } : null;
        await Expect(client.PostAsync($"/api/resellers/{resellerGuid:N}/collectionaccess/{collectionGuid:N}", body));
    }

    public async Task<Guid> SkuBundleAsync(Guid partnerGuid) =>
        (await Expect(client.PostAsync($"/api/partners/{partnerGuid:N}/skubundles", new { name = Unique("Bundle ") }))).Guid("skuBundleGuid");

    /// <summary>Creates a Sku in the partner's catalogue (CreateSku), optionally in one of its bundles; returns its SkuGuid.</summary>
    public async Task<Guid> SkuAsync(Guid partnerGuid, Guid? skuBundleGuid = null, object? body = null) =>
        (await Expect(client.PostAsync(
            $"/api/partners/{partnerGuid:N}/skus" + (skuBundleGuid is { } bundle ? $"?skuBundleGuid={bundle:N}" : ""),
            body ?? new { name = Unique("Sku ") }))).Guid("skuGuid");

    /// <summary>Creates a partner level admin user (CreatePartnerAdminUser); returns its UserGuid.</summary>
    public async Task<Guid> PartnerAdminUserAsync(Guid partnerGuid, string? email = null, string password = "partner admin password") =>
        (await Expect(client.PostAsync($"/api/partners/{partnerGuid:N}/users",
            new { emailAddress = email ?? $"partner-{Guid.NewGuid():N}@tests.invalid", password }))).Guid("userGuid");

    /// <summary>Assigns the partner's SkuBundle to the service; returns the new ServiceSkuBundleGuid.</summary>
    public async Task<Guid> AssignBundleAsync(Guid serviceGuid, Guid skuBundleGuid) =>
        (await Expect(client.PostAsync($"/api/services/{serviceGuid:N}/skubundles/{skuBundleGuid:N}"))).Guid("serviceSkuBundleGuid");

    public async Task<Guid> ServiceSkuAsync(Guid serviceGuid, object? body = null) =>
        (await Expect(client.PostAsync($"/api/services/{serviceGuid:N}/skus", body ?? new { name = Unique("Sku ") }))).Guid("serviceSkuGuid");

    /// <summary>
    /// Creates a user of the service (CreateServiceUser) with the given password, in the default group of
    /// <paramref name="groupType"/> (none: the service's default); returns its ServiceUserGuid. Not pre-registered
    /// unless asked, so it can be sent an activation message (queued in the outbox, not delivered).
    /// </summary>
    public async Task<Guid> ServiceUserAsync(Guid serviceGuid, string? email = null, string password = "service user password",
        string firstName = "Pat", bool preRegister = false, string? groupType = null) =>
        (await Expect(client.PostAsync($"/api/services/{serviceGuid:N}/users", new
        {
            emailAddress = email ?? $"user-{Guid.NewGuid():N}@tests.invalid",
            password,
            firstName,
            lastName = "User",
            preRegister,
            serviceUserGroupType = groupType,
        }))).Guid("serviceUserGuid");

    /// <summary>Creates an OpenID Connect identity provider (CreateIdProvider, a SuperUser's); returns its IdProviderGuid.</summary>
    public async Task<Guid> IdProviderAsync(string? name = null) =>
        (await Expect(client.PostAsync("/api/idp", Identity.IdentityWorld.OpenIdProvider(name)))).Guid("idProviderGuid");

    /// <summary>Creates an identity proxy of the service through the provider (CreateServiceIdPx); returns its IdPxGuid.</summary>
    public async Task<Guid> IdPxAsync(Guid serviceGuid, Guid idProviderGuid, string? pattern = null) =>
        (await Expect(client.PostAsync($"/api/services/{serviceGuid:N}/idpx", new { idProviderGuid, pattern }))).Guid("idPxGuid");

    /// <summary>Issues a usage-reporting key of the collection (CreateCollectionKey); returns its CollectionKeyGuid.</summary>
    public async Task<Guid> CollectionKeyAsync(Guid collectionGuid) =>
        (await Expect(client.PostAsync($"/api/collections/{collectionGuid:N}/keys", new { name = Unique("Key ") }))).Guid("collectionKeyGuid");

    /// <summary>Registers a gateway (CreateGateway) as this scenario's caller; returns its GatewayGuid.</summary>
    public async Task<Guid> GatewayAsync(string? name = null) =>
        (await Expect(client.PostAsync($"/api/gateways/{Uri.EscapeDataString(name ?? Unique("Gateway "))}"))).Guid("gatewayGuid");

    /// <summary>Adds a message rule of the gateway for the service (CreateGatewayServiceMessageRule); returns its MessageRuleGuid.</summary>
    public async Task<Guid> MessageRuleAsync(Guid gatewayGuid, Guid serviceGuid, string matchExpression = "^spam") =>
        (await Expect(client.PostAsync($"/api/gateways/{gatewayGuid:N}/services/{serviceGuid:N}/settings/messagerules", new { matchExpression })))
            .Guid("messageRuleGuid");

    /// <summary>A partner, one of its resellers with a default collection, and a service of that reseller.</summary>
    public async Task<ServiceSetup> ServiceUnderPartnerAsync(Guid? partnerGuid = null)
    {
        var partner = partnerGuid ?? await PartnerAsync();
        var reseller = await ResellerAsync(partner);
        await CollectionAsync(reseller, await SiteAsync());
        return new ServiceSetup(partner, reseller, await ServiceAsync(reseller));
    }

    /// <summary>
    /// Services a visibility rule must tell apart: the first of a partner, its reseller's second (the sibling), one of
    /// the partner's other reseller (the cousin) and one of another partner; the ids to look up (theirs and one that
    /// names nothing) and the scopes to look them up with (each kind of owner, a service, none and an unknown one).
    /// </summary>
    public async Task<VisibilityWorld> VisibilityWorldAsync(object? siblingFields = null)
    {
        var partner = await PartnerAsync();
        var first = await ServiceUnderPartnerAsync(partner);
        var sibling = await ServiceAsync(first.Reseller, siblingFields);
        var cousin = await ServiceUnderPartnerAsync(partner);
        var foreign = await ServiceUnderPartnerAsync();
        return new VisibilityWorld(first, sibling, cousin,
            [first.Service, sibling, cousin.Service, foreign.Service, Guid.NewGuid()],
            [partner, first.Reseller, first.Service, sibling, cousin.Reseller, foreign.Partner, foreign.Reseller, foreign.Service, Guid.Empty, Guid.NewGuid()]);
    }

    private static async Task<ApiResult> Expect(Task<ApiResult> call)
    {
        var result = await call;
        if (result.StatusCode != 200) throw new InvalidOperationException($"Setting up the scenario failed: {result}");
        return result;
    }
}

public sealed record ResellerSetup(Guid Reseller, Guid Site, Guid Collection);

public sealed record ServiceSetup(Guid Partner, Guid Reseller, Guid Service);

public sealed record VisibilityWorld(ServiceSetup First, Guid Sibling, ServiceSetup Cousin, Guid[] Services, Guid[] Scopes);
