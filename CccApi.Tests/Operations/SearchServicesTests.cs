using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Operations;

/// <summary>SearchServices: Domain, Name and Code each match whole and are OR'ed; the creation bounds narrow; only visible services.</summary>
public sealed class SearchServicesTests : ApiTest
{
    [Test]
    public async Task Domain_Name_and_Code_each_match_whole_and_any_of_them_is_enough()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var byDomain = await Given.ServiceAsync(setup.Reseller);
        var byName = await Given.ServiceAsync(setup.Reseller, new { name = Scenario.Unique("Searched Name ") });
        var byCode = await Given.ServiceAsync(setup.Reseller);
        var domain = (await Client.GetAsync($"/api/services/{byDomain:N}")).Text("primaryDomain");
        var name = (await Client.GetAsync($"/api/services/{byName:N}")).Text("name");
        var code = (await Client.GetAsync($"/api/services/{byCode:N}")).Text("serviceCode");

        var result = await Client.GetAsync($"/api/services?Domain={domain.ToUpperInvariant()}&Name={Uri.EscapeDataString(name.ToLowerInvariant())}&Code={code.ToUpperInvariant()}");

        ApiAssert.IsOk(result);
        Assert.That(Guids(result), Is.EquivalentTo(new[] { byDomain, byName, byCode }));
        Assert.That(result.Json["totalItems"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(Guids(await Client.GetAsync($"/api/services?Domain=x{domain}")), Is.Empty, "a domain matches whole, not as a part");
        Assert.That(Guids(await Client.GetAsync($"/api/services?Name={Uri.EscapeDataString(name[..^2])}")), Is.Empty, "a name matches whole");
        var first = result.Json["results"]!.AsArray().Single(s => s.Str("serviceGuid") == byDomain.ToString("N"))!;
        Assert.That(first.Str("primaryDomain"), Is.EqualTo(domain));
        Assert.That(first["urls"], Is.Not.Null, "each item is GetService's Service, urls included");
    }

    [Test]
    public async Task Creation_bounds_narrow_the_search_and_are_inclusive()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var old = await Given.ServiceAsync(setup.Reseller);
        var recent = await Given.ServiceAsync(setup.Reseller);
        await SetCreatedOnAsync(old, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await SetCreatedOnAsync(recent, new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        var code = (await Client.GetAsync($"/api/services/{old:N}")).Text("serviceCode");
        var recentCode = (await Client.GetAsync($"/api/services/{recent:N}")).Text("serviceCode");

        var both = Guids(await Client.GetAsync($"/api/services?Code={code}&CreatedAfterDateTime=2020-01-01T00:00:00Z"));
        var neither = Guids(await Client.GetAsync($"/api/services?Code={code}&CreatedAfterDateTime=2020-01-01T00:00:01Z"));
        var window = Guids(await Client.GetAsync("/api/services?CreatedAfterDateTime=2020-01-01T00:00:00Z&CreatedBeforeDateTime=2020-01-02T00:00:00Z&PageSize=100"));

        Assert.That(both, Is.EqualTo(new[] { old }));
        Assert.That(neither, Is.Empty);
        Assert.That(window, Is.SupersetOf(new[] { old, recent }));
        Assert.That(Guids(await Client.GetAsync($"/api/services?Code={recentCode}&CreatedBeforeDateTime=2020-01-01T23:59:59Z")), Is.Empty);
    }

    [Test]
    public async Task An_admin_finds_only_services_it_sees()
    {
        var mine = await Given.ServiceUnderPartnerAsync();
        var other = await Given.ServiceUnderPartnerAsync();
        using var partner = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, mine.Partner));
        var otherCode = (await Client.GetAsync($"/api/services/{other.Service:N}")).Text("serviceCode");
        var myCode = (await Client.GetAsync($"/api/services/{mine.Service:N}")).Text("serviceCode");

        Assert.That(Guids(await partner.GetAsync($"/api/services?Code={otherCode}")), Is.Empty);
        Assert.That(Guids(await partner.GetAsync($"/api/services?Code={myCode}")), Is.EqualTo(new[] { mine.Service }));
        Assert.That(Guids(await partner.GetAsync("/api/services?PageSize=100")), Is.EqualTo(new[] { mine.Service }), "no search parameters: all it sees");
    }

    [Test]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        ApiAssert.IsError(await Client.GetAsync("/api/services?PageSize=101"), HttpStatusCode.BadRequest, "InclusiveBetween", "PageSize");
        ApiAssert.IsError(await Client.GetAsync($"/api/services?Name={new string('n', 101)}"), HttpStatusCode.BadRequest, "MaximumLength", "Name");
        var unreadable = await Client.GetAsync("/api/services?CreatedAfterDateTime=yesterday");
        Assert.That((unreadable.Status, unreadable.ErrorCode, unreadable.ErrorFields.Single()),
            Is.EqualTo((HttpStatusCode.BadRequest, "SerializationException", "CreatedAfterDateTime")));
        Assert.That(Guids(await Client.GetAsync("/api/services?CreatedAfterDateTime=2021-01-02&CreatedBeforeDateTime=2021-01-01")), Is.Empty,
            "bounds that exclude each other match nothing");
    }

    private static List<Guid> Guids(ApiResult result)
    {
        ApiAssert.IsOk(result);
        return result.Json["results"]!.AsArray().Select(s => Guid.Parse(s.Str("serviceGuid")!)).ToList();
    }

    private static async Task SetCreatedOnAsync(Guid service, DateTime createdOn)
    {
        await using var scope = SharedHost.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        await db.Services.Where(s => s.Id == service).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedOn, createdOn));
    }
}
