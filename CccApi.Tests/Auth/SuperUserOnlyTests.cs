using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>Only a SuperUser manages partners and sites ([RequiredRole("SuperUser")]): any other admin gets a 403 with a responseStatus.</summary>
public sealed class SuperUserOnlyTests
{
    private static TestHost Host => SharedHost.Host;

    private static IEnumerable<AdminUserType> OtherAdminTypes => [AdminUserType.Partner, AdminUserType.Reseller, AdminUserType.Service];

    [TestCaseSource(nameof(OtherAdminTypes))]
    public async Task Creating_a_partner_is_403(AdminUserType type)
    {
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, Guid.NewGuid()));

        var result = await admin.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden");
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("Invalid Role"));
    }

    [TestCaseSource(nameof(OtherAdminTypes))]
    public async Task Creating_a_site_is_403(AdminUserType type)
    {
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, Guid.NewGuid()));

        var result = await admin.PostAsync("/api/sites", new { name = Scenario.Unique("Site ") });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden");
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("Invalid Role"));
    }

    [TestCase("/api/partners")]
    [TestCase("/api/sites")]
    public async Task The_role_is_checked_before_the_request_is_validated(string path)
    {
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, Guid.NewGuid()));

        var result = await admin.PostAsync(path, new { });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Test]
    public async Task A_superuser_creates_both()
    {
        using var superUser = Host.CreateSuperUserClient();

        ApiAssert.IsOk(await superUser.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") }));
        ApiAssert.IsOk(await superUser.PostAsync("/api/sites", new { name = Scenario.Unique("Site ") }));
    }
}
