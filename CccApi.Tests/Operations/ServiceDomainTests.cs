using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Operations;

/// <summary>
/// AddRemoveServiceDomain and UpdateServiceDomain: a domain belongs to one service in the whole system, the first one
/// added is primary, removing the primary nulls it, and only those who provision the service change its domains.
/// </summary>
public sealed class ServiceDomainTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task A_service_starts_with_its_primary_domain_and_added_ones_are_found_by_SearchServices_and_taken_for_every_other_service()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var primary = await PrimaryDomainAsync(Client, service);
        var added = Scenario.UniqueDomain();

        ApiAssert.IsOk(await Client.PostAsync(Path(service, added.ToUpperInvariant())));

        Assert.That(await PrimaryDomainAsync(Client, service), Is.EqualTo(primary), "a service with a domain keeps its primary one");
        Assert.That(Found(await Client.GetAsync($"/api/services?Domain={added}")), Is.EqualTo(new[] { service }), "SearchServices matches any domain");
        Assert.That(Found(await Client.GetAsync($"/api/services?Domain={primary}")), Is.EqualTo(new[] { service }));
        var other = await Given.ServiceAsync(setup.Reseller);
        ApiAssert.IsError(await Client.PostAsync(Path(other, added)), HttpStatusCode.Conflict, "Conflict", "Domain");
        ApiAssert.IsError(await Client.PostAsync(Path(service, added)), HttpStatusCode.Conflict, "Conflict", "Domain");
        ApiAssert.IsError(await Client.PostAsync("/api/services", new { primaryDomain = added, resellerGuid = setup.Reseller }),
            HttpStatusCode.Conflict, "Conflict", "PrimaryDomain");
    }

    [Test]
    public async Task Removing_the_primary_domain_nulls_it_and_the_next_domain_of_a_service_without_any_becomes_primary()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var primary = await PrimaryDomainAsync(Client, service);
        var second = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync(Path(service, second)));

        ApiAssert.IsOk(await Client.DeleteAsync(Path(service, primary.ToUpperInvariant())));

        var read = await Client.GetAsync($"/api/services/{service:N}");
        ApiAssert.IsOk(read);
        Assert.That(read.Json["primaryDomain"], Is.Null, "the page: the Primary domain for the Service will be nulled");
        Assert.That(Found(await Client.GetAsync($"/api/services?Domain={primary}")), Is.Empty, "the removed domain is free");
        var third = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync(Path(service, third)));
        Assert.That((await Client.GetAsync($"/api/services/{service:N}")).Json["primaryDomain"], Is.Null, "not the first domain added: not primary");

        ApiAssert.IsOk(await Client.DeleteAsync(Path(service, second)));
        ApiAssert.IsOk(await Client.DeleteAsync(Path(service, third)));
        var first = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync(Path(service, first)));
        Assert.That(await PrimaryDomainAsync(Client, service), Is.EqualTo(first), "the first domain of a service without any is primary");
        // Its admin@ address is still the first service's admin user: another one is named.
        ApiAssert.IsOk(await Client.PostAsync("/api/services",
            new { primaryDomain = primary, resellerGuid = setup.Reseller, systemUser = new { email = $"it@{Scenario.UniqueDomain()}" } }));
    }

    [Test]
    public async Task Removing_a_domain_the_service_does_not_have_is_404_naming_Domain()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var other = await Given.ServiceAsync(setup.Reseller);

        ApiAssert.IsError(await Client.DeleteAsync(Path(service, Scenario.UniqueDomain())), HttpStatusCode.NotFound, "NotFound", "Domain");
        ApiAssert.IsError(await Client.DeleteAsync(Path(service, await PrimaryDomainAsync(Client, other))), HttpStatusCode.NotFound, "NotFound", "Domain");
        Assert.That(await PrimaryDomainAsync(Client, other), Is.Not.Empty, "another service's domain stays");
    }

    [Test]
    public async Task Renaming_the_primary_domain_keeps_it_primary_and_SetAsPrimaryDomain_moves_the_primary()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var primary = await PrimaryDomainAsync(Client, service);
        var renamed = Scenario.UniqueDomain();
        var second = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync(Path(service, second)));

        ApiAssert.IsOk(await Client.PutAsync($"{Path(service, primary)}?NewDomain={renamed}&SetAsPrimaryDomain=false"));
        Assert.That(await PrimaryDomainAsync(Client, service), Is.EqualTo(renamed));
        Assert.That(Found(await Client.GetAsync($"/api/services?Domain={primary}")), Is.Empty, "the old name is free");

        ApiAssert.IsOk(await Client.PutAsync($"{Path(service, second)}?NewDomain={second.ToUpperInvariant()}&SetAsPrimaryDomain=true"));
        Assert.That(await PrimaryDomainAsync(Client, service), Is.EqualTo(second), "the same name with SetAsPrimaryDomain only moves the primary");

        var third = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PutAsync(Path(service, renamed), new { newDomain = third, setAsPrimaryDomain = false }));
        Assert.That(await PrimaryDomainAsync(Client, service), Is.EqualTo(second), "renaming another domain leaves the primary as it is");
        Assert.That(Found(await Client.GetAsync($"/api/services?Domain={third}")), Is.EqualTo(new[] { service }));
    }

    [Test]
    public async Task Update_refuses_a_domain_the_service_does_not_have_and_a_NewDomain_any_service_has()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var other = await Given.ServiceAsync(setup.Reseller);
        var primary = await PrimaryDomainAsync(Client, service);
        var second = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync(Path(service, second)));

        ApiAssert.IsError(await Client.PutAsync($"{Path(service, Scenario.UniqueDomain())}?NewDomain={Scenario.UniqueDomain()}&SetAsPrimaryDomain=false"),
            HttpStatusCode.NotFound, "NotFound", "Domain");
        ApiAssert.IsError(await Client.PutAsync($"{Path(service, primary)}?NewDomain={await PrimaryDomainAsync(Client, other)}&SetAsPrimaryDomain=true"),
            HttpStatusCode.Conflict, "Conflict", "NewDomain");
        ApiAssert.IsError(await Client.PutAsync($"{Path(service, primary)}?NewDomain={second}&SetAsPrimaryDomain=true"),
            HttpStatusCode.Conflict, "Conflict", "NewDomain");
        Assert.That(await PrimaryDomainAsync(Client, service), Is.EqualTo(primary), "nothing changed");
    }

    [TestCase("not a domain", "RegularExpression")]
    [TestCase("localhost", "RegularExpression")]
    [TestCase("a123456789012345678901234567890123456789012345678901.com", "MaximumLength")]
    public async Task A_domain_that_CreateService_would_refuse_is_400_naming_the_field(string domain, string errorCode)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var primary = await PrimaryDomainAsync(Client, service);

        ApiAssert.IsError(await Client.PostAsync(Path(service, domain)), HttpStatusCode.BadRequest, errorCode, "Domain");
        ApiAssert.IsError(await Client.PutAsync($"{Path(service, primary)}?NewDomain={Uri.EscapeDataString(domain)}&SetAsPrimaryDomain=true"),
            HttpStatusCode.BadRequest, errorCode, "NewDomain");
        ApiAssert.IsError(await Client.PutAsync($"{Path(service, primary)}?NewDomain={Scenario.UniqueDomain()}"), HttpStatusCode.BadRequest, "NotNull", "SetAsPrimaryDomain");
    }

    [Test]
    public async Task An_international_domain_is_one_domain_in_either_spelling()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var label = $"bücher{Guid.NewGuid():N}"[..14];

        ApiAssert.IsOk(await Client.PostAsync(Path(service, $"{label}.example")));

        var ascii = new System.Globalization.IdnMapping().GetAscii($"{label}.example");
        ApiAssert.IsError(await Client.PostAsync(Path(service, ascii)), HttpStatusCode.Conflict, "Conflict", "Domain");
        Assert.That(Found(await Client.GetAsync($"/api/services?Domain={ascii}")), Is.EqualTo(new[] { service }));
        ApiAssert.IsOk(await Client.DeleteAsync(Path(service, ascii)));
    }

    [Test]
    public async Task A_service_the_caller_does_not_see_is_404_naming_ServiceGuid()
    {
        var own = await Given.ServiceUnderPartnerAsync();
        var foreign = await Given.ServiceUnderPartnerAsync();
        using var reseller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, own.Reseller));
        var domain = await PrimaryDomainAsync(Client, foreign.Service);

        ApiAssert.IsError(await reseller.PostAsync(Path(foreign.Service, Scenario.UniqueDomain())), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await reseller.DeleteAsync(Path(foreign.Service, domain)), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await reseller.PutAsync($"{Path(foreign.Service, domain)}?NewDomain={Scenario.UniqueDomain()}&SetAsPrimaryDomain=true"),
            HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await Client.PostAsync(Path(Guid.NewGuid(), Scenario.UniqueDomain())), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        Assert.That(await PrimaryDomainAsync(Client, foreign.Service), Is.EqualTo(domain));
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    public async Task Partner_and_reseller_admins_change_their_services_domains(AdminUserType type)
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, type == AdminUserType.Partner ? setup.Partner : setup.Reseller));
        var added = Scenario.UniqueDomain();
        var renamed = Scenario.UniqueDomain();

        ApiAssert.IsOk(await admin.PostAsync(Path(setup.Service, added)));
        ApiAssert.IsOk(await admin.PutAsync($"{Path(setup.Service, added)}?NewDomain={renamed}&SetAsPrimaryDomain=true"));
        Assert.That(await PrimaryDomainAsync(admin, setup.Service), Is.EqualTo(renamed));
        ApiAssert.IsOk(await admin.DeleteAsync(Path(setup.Service, renamed)));
    }

    [Test]
    public async Task A_service_admin_does_not_change_its_services_domains()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Service, setup.Service));
        var primary = await PrimaryDomainAsync(admin, setup.Service);

        ApiAssert.IsError(await admin.PostAsync(Path(setup.Service, Scenario.UniqueDomain())), HttpStatusCode.Forbidden, "Forbidden", "Domain");
        ApiAssert.IsError(await admin.DeleteAsync(Path(setup.Service, primary)), HttpStatusCode.Forbidden, "Forbidden", "Domain");
        ApiAssert.IsError(await admin.PutAsync($"{Path(setup.Service, primary)}?NewDomain={Scenario.UniqueDomain()}&SetAsPrimaryDomain=true"),
            HttpStatusCode.Forbidden, "Forbidden", "Domain");
        Assert.That(await PrimaryDomainAsync(admin, setup.Service), Is.EqualTo(primary));
    }

    [Test]
    public async Task Without_a_primary_domain_GetService_leaves_out_only_the_urls_that_need_it()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller);
        var before = await Client.GetAsync($"/api/services/{service:N}");

        ApiAssert.IsOk(await Client.DeleteAsync(Path(service, before.Text("primaryDomain"))));

        var after = await Client.GetAsync($"/api/services/{service:N}");
        ApiAssert.IsOk(after);
        Assert.That(after.Json["urls"]?.ToJsonString(), Is.EqualTo(before.Json["urls"]?.ToJsonString()), "no default template uses {PrimaryDomain}");
        var company = await Client.GetAsync($"/api/services/{service:N}/companyinfo");
        ApiAssert.IsOk(company);
        var status = await Client.GetAsync($"/api/services/status?ServiceGuid={service:N}");
        ApiAssert.IsOk(status);
        Assert.That(status.Json["results"]![0]!["primaryDomain"], Is.Null);
    }

    private static string Path(Guid service, string domain) => $"/api/services/{service:N}/domains/{Uri.EscapeDataString(domain)}";

    private static async Task<string> PrimaryDomainAsync(ApiClient client, Guid service)
    {
        var result = await client.GetAsync($"/api/services/{service:N}");
        ApiAssert.IsOk(result);
        return result.Text("primaryDomain");
    }

    private static List<Guid> Found(ApiResult result)
    {
        ApiAssert.IsOk(result);
        return result.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("serviceGuid")!)).ToList();
    }
}
