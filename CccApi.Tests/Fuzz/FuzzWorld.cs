using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// One consistent corner of the world: a partner, its reseller with a collection on a site (its default),
/// a service of that reseller, a SkuBundle and a Sku of the partner, the bundle assigned to the service and a
/// ServiceSku on it, plus an admin scoped to each (its API key and user id; its password is <see cref="FuzzWorld.AdminPassword"/>);
/// ServiceDomain is the domain the service was created with, which the domain operations name (and rename or remove).
/// ServiceUser is a user of the service, not yet activated (so activation messages can be sent to it), at ServiceUserEmail,
/// whose password is <see cref="FuzzWorld.ServiceUserPassword"/> (so that PublicDiscoveryServiceUser can sign it in).
/// IdProvider is an identity provider the SuperUser created for the cell, and IdPx an authentication proxy of the service
/// through it whose pattern matches the service user's address (so that sign-on discovery finds it a proxy).
/// CollectionKey is a usage-reporting key of the collection (the key itself; its Guid is not handed to requests, so no
/// generated RevokeCollectionKey revokes it and the collection keeps reporting). Gateway is a gateway the SuperUser
/// registered for the cell (it serves every service), MessageRule its rule for the cell's service.
/// Valid requests take every Guid from one cell so that they refer to objects that belong together.
/// </summary>
public sealed record WorldCell(
    Guid Partner, Guid Reseller, Guid Site, Guid Collection, Guid Service, Guid SkuBundle,
    Guid Sku, Guid ServiceSku, Guid ServiceSkuBundle,
    string PartnerKey, string ResellerKey, string ServiceAdminKey,
    Guid PartnerUser, Guid ResellerUser, Guid ServiceAdminUser, string ServiceDomain, Guid ServiceUser, string ServiceUserEmail,
    Guid IdProvider, Guid IdPx, string CollectionKey, Guid Gateway, Guid MessageRule);

/// <summary>
/// The objects generated requests refer to, created through the API before the run, and the Guids
/// 2xx responses hand out during it (so later requests can use them, e.g. revoke an API key just created).
/// </summary>
public sealed class FuzzWorld
{
    private readonly Dictionary<string, List<Guid>> _issued = new(StringComparer.OrdinalIgnoreCase);

    private FuzzWorld(TestHost host, IReadOnlyList<WorldCell> cells)
    {
        Host = host;
        Cells = cells;
    }

    public TestHost Host { get; }

    public IReadOnlyList<WorldCell> Cells { get; }

    /// <summary>The messaging platform every collection names, when the world has one; new and updated collections name it too.</summary>
    public string? PlatformUrl { get; private init; }

    /// <summary>
    /// With a <paramref name="platform"/>, every collection's ServicesApiBaseUrl is it (the host must allow http to
    /// loopback and private targets) and it accepts any token as a session of each cell's service's admin, so that
    /// AuthenticateServiceAdminUser can succeed; without, collections name a platform that does not exist.
    /// </summary>
    public static async Task<FuzzWorld> CreateAsync(TestHost host, int cellCount, int spareApiKeys, FakeMessagingPlatform? platform = null)
    {
        var platformUrl = platform?.BaseAddress.ToString().TrimEnd('/');
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var cells = new List<WorldCell>();
        var activationTokens = new List<string>();
        for (var i = 0; i < cellCount; i++)
        {
            var partner = await given.PartnerAsync();
            var reseller = await given.ResellerAsync(partner);
            var site = await given.SiteAsync();
            var collection = platformUrl is null ? await given.CollectionAsync(reseller, site) : await given.CollectionAsync(reseller, site, platformUrl);
            // Fixed per cell (each world has a database of its own), so a run's requests are the same every time.
            var serviceDomain = $"fuzz-cell{i}.example.com";
            var service = await given.ServiceAsync(reseller, new { primaryDomain = serviceDomain });
            // CreateService's Service admin (its system user) is admin@{PrimaryDomain}.
            platform?.Open(service, $"admin@{serviceDomain}");
            var bundle = await given.SkuBundleAsync(partner);
            var skuGuid = await given.SkuAsync(partner);
            var serviceSku = await given.ServiceSkuAsync(service);
            var serviceBundle = await given.AssignBundleAsync(service, bundle);
            var partnerAdmin = await host.CreateAdminAsync(AdminUserType.Partner, partner, AdminPassword);
            var resellerAdmin = await host.CreateAdminAsync(AdminUserType.Reseller, reseller, AdminPassword);
            var serviceAdmin = await host.CreateAdminAsync(AdminUserType.Service, service, AdminPassword);
            var serviceUserEmail = $"fuzz-user{i}@{serviceDomain}";
            var serviceUser = await given.ServiceUserAsync(service, serviceUserEmail, ServiceUserPassword);
            var idProvider = await given.IdProviderAsync($"Fuzz provider {i}");
            var idPx = await given.IdPxAsync(service, idProvider, IdPxPatternFor(serviceDomain));
            var collectionKey = await client.PostAsync($"/api/collections/{collection:N}/keys", new { name = $"Fuzz cell {i}" });
            if (collectionKey.StatusCode != 200) throw new InvalidOperationException($"Setting up the fuzz world failed: {collectionKey}");
            var gateway = await given.GatewayAsync($"Fuzz gateway {i}");
            var messageRule = await given.MessageRuleAsync(gateway, service);
            // Users of their own whose activation tokens ActivateServiceUser may use (each once).
            for (var j = 0; j < ActivationUsersPerCell; j++)
                activationTokens.Add(await ActivationTokenAsync(host, given, service, $"fuzz-activate{i}-{j}@{serviceDomain}"));
            cells.Add(new WorldCell(partner, reseller, site, collection, service, bundle, skuGuid, serviceSku, serviceBundle,
                partnerAdmin.ApiKey, resellerAdmin.ApiKey, serviceAdmin.ApiKey,
                partnerAdmin.UserId, resellerAdmin.UserId, serviceAdmin.UserId, serviceDomain, serviceUser, serviceUserEmail, idProvider, idPx,
                collectionKey.Text("key"), gateway, messageRule));
        }

        var world = new FuzzWorld(host, cells) { SuperUserId = await host.SuperUserIdAsync(), PlatformUrl = platformUrl, ActivationTokens = activationTokens };
        for (var i = 0; i < spareApiKeys; i++)
        {
            var key = await client.PostAsync("/api/apikeys", new { name = $"spare {i}" });
            world.Issued("ApiKeyGuid", key.Guid("apiKeyGuid"));
        }
        // A spare usage-reporting key of each cell's collection, for RevokeCollectionKey to name (the cells' own keys stay live).
        foreach (var cell in cells)
        {
            var key = await client.PostAsync($"/api/collections/{cell.Collection:N}/keys", new { name = "spare" });
            world.Issued("CollectionKeyGuid", key.Guid("collectionKeyGuid"));
            var gatewayKey = await client.PostAsync($"/api/gateways/{cell.Gateway:N}/keys", new { name = "spare" });
            world.Issued("GatewayKeyGuid", gatewayKey.Guid("gatewayKeyGuid"));
        }
        return world;
    }

    /// <summary>An identity proxy pattern (a JSON document) matching every address at the domain.</summary>
    public static string IdPxPatternFor(string domain) =>
        new System.Text.Json.Nodes.JsonObject { ["emailAddress"] = ".*@" + System.Text.RegularExpressions.Regex.Escape(domain) }.ToJsonString();

    /// <summary>The UTC day the world was made: valid usage records report days before it.</summary>
    public DateTime Today { get; } = DateTime.UtcNow.Date;

    /// <summary>Activation tokens of users the fuzz leaves alone: a valid ActivateServiceUser request uses one.</summary>
    public IReadOnlyList<string> ActivationTokens { get; private init; } = [];

    private const int ActivationUsersPerCell = 3;

    /// <summary>A new user's activation token, read from the message queued for it (only its digest is stored).</summary>
    private static async Task<string> ActivationTokenAsync(TestHost host, Scenario given, Guid service, string email)
    {
        await given.ServiceUserAsync(service, email);
        var sent = await Email.PublicSendEmailMessageTests.OutboxAsync(service, host);
        var message = sent.Select(Email.PublicSendEmailMessageTests.Parse).Last(m => m.To.Mailboxes.Any(a => a.Address == email));
        return ServiceUsers.ServiceUserTests.TokenIn(message.TextBody);
    }

    /// <summary>Remembers a Guid a 2xx response returned under a field name (e.g. "ServiceGuid").</summary>
    public void Issued(string fieldName, Guid value)
    {
        if (!_issued.TryGetValue(fieldName, out var list)) _issued[fieldName] = list = [];
        if (list.Count < 500) list.Add(value);
    }

    public IReadOnlyList<Guid> IssuedFor(string fieldName) => _issued.GetValueOrDefault(fieldName) ?? [];

    /// <summary>The password of every admin the world creates (the SuperUser has the host's own).</summary>
    public const string AdminPassword = "fuzz world admin password";

    /// <summary>The password of every cell's service user.</summary>
    public const string ServiceUserPassword = "fuzz world user password";

    public Guid SuperUserId { get; private init; }

    /// <summary>The signed-in user a caller is, with its password; null for the anonymous and bad-key callers.</summary>
    public (Guid UserId, string Password)? IdentityOf(CallerKind caller, WorldCell cell) => caller switch
    {
        CallerKind.SuperUser => (SuperUserId, Host.SuperUserPassword),
        CallerKind.Partner => (cell.PartnerUser, AdminPassword),
        CallerKind.Reseller => (cell.ResellerUser, AdminPassword),
        CallerKind.ServiceAdmin => (cell.ServiceAdminUser, AdminPassword),
        _ => null,
    };

    public string? KeyOf(CallerKind caller, WorldCell cell) => caller switch
    {
        CallerKind.SuperUser => Host.SuperUserApiKey,
        CallerKind.Partner => cell.PartnerKey,
        CallerKind.Reseller => cell.ResellerKey,
        CallerKind.ServiceAdmin => cell.ServiceAdminKey,
        CallerKind.Collection => cell.CollectionKey,
        CallerKind.BadKey => CccApi.ServiceInterface.Auth.SecretTokens.ApiKeyPrefix + "unknown0123456789abcdef0123456789abcdef",
        _ => null,
    };
}
