using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>GetResellerServices: a reseller's services, paged oldest first, for whoever sees the reseller.</summary>
public sealed class ResellerServicesTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_resellers_services_are_paged_oldest_first_with_their_urls()
    {
        var scenario = new Scenario(Client);
        var setup = await scenario.ResellerWithCollectionAsync();
        var services = new List<Guid>();
        for (var i = 0; i < 3; i++) services.Add(await scenario.ServiceAsync(setup.Reseller));
        // Another reseller's service is not among them.
        var other = await scenario.ResellerWithCollectionAsync();
        await scenario.ServiceAsync(other.Reseller);

        var page = await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/services?page=2&pageSize=2");
        ApiAssert.IsOk(page);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((page.Json["currentPage"]!.GetValue<int>(), page.Json["pageSize"]!.GetValue<int>(), page.Json["totalItems"]!.GetValue<int>(), page.Json["totalPages"]!.GetValue<int>()),
                Is.EqualTo((2, 2, 3, 2)));
            var only = page.Json["results"]!.AsArray().Single()!;
            Assert.That(only.Str("serviceGuid"), Is.EqualTo(services[2].ToString("N")));
            Assert.That(only.Str("resellerGuid"), Is.EqualTo(setup.Reseller.ToString("N")));
            Assert.That(only["urls"]!["MessagingApi"]!.GetValue<string>(), Is.EqualTo("https://collection.example.com"));
        }

        var first = await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/services");
        Assert.That(first.Json["results"]!.AsArray().Select(r => Guid.Parse(r!.Str("serviceGuid")!)), Is.EqualTo(services));
        ApiAssert.IsError(await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/services?pageSize=0"), HttpStatusCode.BadRequest, "InclusiveBetween", "PageSize");
        ApiAssert.IsError(await Client.GetAsync($"/api/resellers/{Guid.NewGuid():N}/services"), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }

    [Test]
    public async Task A_reseller_admin_lists_its_own_services_and_no_one_elses()
    {
        var scenario = new Scenario(Client);
        var setup = await scenario.ResellerWithCollectionAsync();
        var service = await scenario.ServiceAsync(setup.Reseller);
        var other = await scenario.ResellerWithCollectionAsync();
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, setup.Reseller));

        var own = await admin.GetAsync($"/api/resellers/{setup.Reseller:N}/services");
        ApiAssert.IsOk(own);
        Assert.That(own.Json["results"]!.AsArray().Select(r => r!.Str("serviceGuid")), Is.EqualTo(new[] { service.ToString("N") }));
        ApiAssert.IsError(await admin.GetAsync($"/api/resellers/{other.Reseller:N}/services"), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }
}
