using CccApi.ServiceInterface.Data.Configurations;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;

namespace CccApi.Tests.Identity;

/// <summary>What the identity tests build through the API: providers, a service with a domain, its users and proxies.</summary>
internal static class IdentityWorld
{
    public const string Secret = "client secret 7f3a9c";

    public static string OpenIdConnect => IdentityTypeRows.OpenIdConnect.ToString("N");

    public static string Saml2 => IdentityTypeRows.Saml2.ToString("N");

    public static string ConnectorType => IdentityTypeRows.ConnectorProxy.ToString("N");

    public static object OpenIdProvider(string? name = null) => new
    {
        name = name ?? Scenario.Unique("Provider "),
        description = "The organisation's directory",
        typeGuid = OpenIdConnect,
        loginUrl = "https://login.example.org/authorize",
        tokenUrl = "https://login.example.org/token",
        logoutUrl = "https://login.example.org/logout",
        clientId = "ccc-client",
        secretId = Secret,
    };

    public static async Task<Guid> ProviderAsync(ApiClient superUser, string? name = null)
    {
        var created = await superUser.PostAsync("/api/idp", OpenIdProvider(name));
        ApiAssert.IsOk(created);
        return created.Guid("idProviderGuid");
    }

    /// <summary>A service whose collection has a Site endpoint, so that it has IdProxy URLs.</summary>
    public static async Task<(Guid Service, string Domain)> ServiceAsync(ApiClient client)
    {
        var given = new Scenario(client);
        var setup = await given.ResellerWithCollectionAsync();
        var endpoint = await client.PostAsync($"/api/sites/{setup.Site:N}/endpoints", new { name = "Portal", url = "https://portal.example.com" });
        ApiAssert.IsOk(endpoint);
        ApiAssert.IsOk(await client.PutAsync($"/api/collections/{setup.Collection:N}", new { siteEndpointGuid = endpoint.Guid("siteEndpointGuid") }));
        var domain = Scenario.UniqueDomain();
        return (await given.ServiceAsync(setup.Reseller, new { primaryDomain = domain }), domain);
    }

    public static async Task<Guid> UserAsync(ApiClient client, Guid service, string email, object? extra = null)
    {
        var created = await client.PostAsync(ServiceUserTests.Users(service), ServiceUserTests.NewUser(email, extra));
        ApiAssert.IsOk(created);
        return created.Guid("serviceUserGuid");
    }

    public static async Task<Guid> ProxyAsync(ApiClient client, Guid service, Guid provider, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["idProviderGuid"] = provider };
        if (extra is not null)
            foreach (var property in extra.GetType().GetProperties()) body[property.Name] = property.GetValue(extra);
        var created = await client.PostAsync($"/api/services/{service:N}/idpx", body);
        ApiAssert.IsOk(created);
        return created.Guid("idPxGuid");
    }
}
