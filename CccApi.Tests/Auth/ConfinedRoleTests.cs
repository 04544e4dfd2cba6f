using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceStackCompat;

namespace CccApi.Tests.Auth;

/// <summary>
/// ServiceHost:ConfinedRoles, the generic layer's option: a caller holding a confined role reaches only the operations whose
/// [RequiredRole] names it (403 Invalid Role elsewhere, before binding), and the anonymous operations. Here the SuperUser role
/// is confined by configuration, on top of the Collection role the host always confines.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ConfinedRoleTests
{
    private TestHost _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new TestHost(new TestHostOptions { Settings = { ["ServiceHost:ConfinedRoles:0"] = "SuperUser" } });

    [OneTimeTearDown]
    public ValueTask StopHost() => _host.DisposeAsync();

    [Test]
    public async Task A_confined_caller_calls_the_operations_requiring_its_role_and_nothing_else()
    {
        using var superUser = _host.CreateSuperUserClient();

        ApiAssert.IsOk(await superUser.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") }));
        ApiAssert.IsOk(await superUser.PostAsync("/api/sites", new { name = Scenario.Unique("Site "), providerName = "Test", jurisdiction = "US", endpoint = "https://site.example.com" }));
        foreach (var (verb, path) in new[] { ("GET", "/api/services"), ("GET", "/api/sites"), ("POST", "/api/apikeys"), ("POST", "/api/json/reply/GetSites") })
        {
            var refused = await superUser.SendAsync(new HttpMethod(verb), path, verb == "POST" ? new { } : null);
            ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden");
            ApiAssert.HasMessage(refused, "Invalid Role");
        }
    }

    [Test]
    public async Task The_anonymous_operations_stay_open_and_answer_the_confined_caller_as_itself()
    {
        using var superUser = _host.CreateSuperUserClient();

        ApiAssert.IsOk(await superUser.GetAsync("/api/ping"));
        var me = await superUser.GetAsync("/api/auth");
        ApiAssert.IsOk(me);
        Assert.That(me.Text("userName"), Is.EqualTo(_host.SuperUserEmail));
    }

    [Test]
    public async Task Callers_without_a_confined_role_are_as_before_and_the_hosts_own_role_stays_confined()
    {
        using var reseller = _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Reseller, Guid.NewGuid()));
        ApiAssert.IsOk(await reseller.GetAsync("/api/services"));
        ApiAssert.IsError(await reseller.PostAsync("/api/partners", new { name = Scenario.Unique("Partner ") }), HttpStatusCode.Forbidden, "Forbidden");

        // The configured roles are added to the host's own (a collection key's and a gateway key's), never put in their place.
        var options = _host.Services.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        Assert.That(options.ConfinedRoles, Is.EqualTo(new[] { "SuperUser", ServiceModel.UsageReporting.CollectionRole, ServiceModel.GatewayCaller.Role }));
    }
}
