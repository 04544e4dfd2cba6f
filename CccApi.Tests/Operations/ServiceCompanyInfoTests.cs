using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceModel;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Operations;

/// <summary>GetServiceCompanyInfo: the company and contact CreateService stored; a lapsed service shows only Name and CreatedOn.</summary>
public sealed class ServiceCompanyInfoTests : ApiTest
{
    private static readonly object Customer = new
    {
        companyInfo = new { name = "Acme Ltd", address = "1 Main St", city = "Springfield", stateProvince = "IL", postalCode = "62701", country = "US", website = "https://acme.example.com" },
        contactInfo = new { name = "Ada Lovelace", email = "Ada@Acme.example.com", phoneNumber = "+1 555 0199" },
    };

    [Test]
    public async Task An_active_service_shows_its_company_and_contact_in_the_pages_shape()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller, Customer);

        var result = await Client.GetAsync($"/api/services/{service:N}/companyinfo");

        ApiAssert.IsOk(result);
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(new[]
        {
            "name", "url", "address", "city", "stateProvince", "zipPostalCode", "country", "contactName", "contactEmail", "contactPhoneNumber", "createdOn",
        }));
        Assert.That((result.Text("name"), result.Text("url"), result.Text("zipPostalCode"), result.Text("contactName"), result.Text("contactEmail")),
            Is.EqualTo(("Acme Ltd", "https://acme.example.com", "62701", "Ada Lovelace", "Ada@Acme.example.com")));
        var created = (await Client.GetAsync($"/api/services/{service:N}")).Json["createdOn"]!.GetValue<DateTime>();
        Assert.That(DateTime.Parse(result.Text("createdOn"), null, System.Globalization.DateTimeStyles.RoundtripKind), Is.EqualTo(created));
    }

    [TestCase(ServiceStatus.TrialExpired)]
    [TestCase(ServiceStatus.AccountSuspended)]
    [TestCase(ServiceStatus.AccountCancelled)]
    public async Task An_expired_suspended_or_cancelled_service_shows_only_Name_and_CreatedOn(ServiceStatus status)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var service = await Given.ServiceAsync(setup.Reseller, Customer);
        await SetStatusAsync(service, status);

        var result = await Client.GetAsync($"/api/services/{service:N}/companyinfo");

        ApiAssert.IsOk(result);
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "name", "createdOn" }));
        Assert.That(result.Text("name"), Is.EqualTo("Acme Ltd"));
    }

    [Test]
    public async Task A_service_the_caller_does_not_see_is_a_404_naming_ServiceGuid()
    {
        var mine = await Given.ServiceUnderPartnerAsync();
        var other = await Given.ServiceUnderPartnerAsync();
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(ServiceInterface.Data.Entities.AdminUserType.Service, mine.Service));

        ApiAssert.IsOk(await admin.GetAsync($"/api/services/{mine.Service:N}/companyinfo"));
        ApiAssert.IsError(await admin.GetAsync($"/api/services/{other.Service:N}/companyinfo"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await Client.GetAsync($"/api/services/{Guid.NewGuid():N}/companyinfo"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    private static async Task SetStatusAsync(Guid service, ServiceStatus status)
    {
        await using var scope = SharedHost.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        await db.Services.Where(s => s.Id == service).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status));
    }
}
