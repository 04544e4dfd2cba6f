using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Lifecycle.StatusHistory;

namespace CccApi.Tests.Lifecycle;

/// <summary>UpdateServiceStatus: the transitions the README's table allows, who may make them, and the history each one writes.</summary>
public sealed class ServiceStatusTests : ApiTest
{
    private static TestHost Host => SharedHost.Host;

    [Test]
    public async Task Each_change_is_recorded_with_its_admin_after_the_status_the_service_was_created_with()
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        ApiAssert.IsOk(await ChangeAsync(Client, setup.Service, "CertifiedSecure"));
        ApiAssert.IsOk(await ChangeAsync(Client, setup.Service, "accountsuspended"));
        ApiAssert.IsOk(await ChangeAsync(Client, setup.Service, "CertifiedSecure"));

        var changes = await OfServiceAsync(Client, setup.Service);
        var superUser = await Host.SuperUserIdAsync();
        Assert.That(Statuses(changes), Is.EqualTo(new[] { "TrialActive", "CertifiedSecure", "AccountSuspended", "CertifiedSecure" }));
        using (Assert.EnterMultipleScope())
        {
            foreach (var change in changes)
            {
                Assert.That(change.Str("changedByUserGuid"), Is.Not.Null);
                Assert.That(Guid.Parse(change.Str("changedByUserGuid")!), Is.EqualTo(superUser));
                Assert.That(change.Str("changedByUserEmailAddress"), Is.EqualTo(Host.SuperUserEmail));
                Assert.That(Guid.Parse(change.Str("resellerGuid")!), Is.EqualTo(setup.Reseller));
                Assert.That(Guid.Parse(change.Str("partnerGuid")!), Is.EqualTo(setup.Partner));
            }
            Assert.That(changes.Select(c => c.Str("operationGuid")).Distinct().Count(), Is.EqualTo(4));
        }
        Assert.That((await Client.GetAsync($"/api/services/{setup.Service:N}")).Text("status"), Is.EqualTo("CertifiedSecure"));
    }

    [TestCase("TrialActive", "Provisioning")]
    [TestCase("TrialActive", "TrialActive")]
    [TestCase("CertifiedSecure", "TrialExpired")]
    [TestCase("AccountCancelled", "AccountSuspended")]
    public async Task A_transition_the_table_does_not_allow_is_409_naming_Status_and_changes_nothing(string from, string to)
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        if (from != "TrialActive") ApiAssert.IsOk(await ChangeAsync(Client, setup.Service, from));

        ApiAssert.IsError(await ChangeAsync(Client, setup.Service, to), HttpStatusCode.Conflict, "Conflict", "Status");

        Assert.That(Statuses(await OfServiceAsync(Client, setup.Service)).Last(), Is.EqualTo(from));
    }

    [TestCase("Active")]
    [TestCase("5")]
    [TestCase("")]
    public async Task A_status_that_is_not_one_of_the_eight_is_400_naming_Status(string status)
    {
        var setup = await Given.ServiceUnderPartnerAsync();

        var result = await ChangeAsync(Client, setup.Service, status);

        Assert.That(result.StatusCode, Is.EqualTo(400), result.ToString());
        Assert.That(result.ErrorFields, Is.EqualTo(new[] { "Status" }));
        if (status != "") Assert.That(result.ErrorCode, Is.EqualTo("AllowableValues"));
    }

    [Test]
    public async Task A_service_the_caller_does_not_see_is_404_naming_ServiceGuid()
    {
        var own = await Given.ServiceUnderPartnerAsync();
        var foreign = await Given.ServiceUnderPartnerAsync();
        using var reseller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, own.Reseller));

        ApiAssert.IsError(await ChangeAsync(reseller, foreign.Service, "AccountSuspended"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await ChangeAsync(Client, Guid.NewGuid(), "AccountSuspended"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
    }

    [TestCase(AdminUserType.Partner)]
    [TestCase(AdminUserType.Reseller)]
    public async Task Partner_and_reseller_admins_suspend_and_cancel_but_only_a_SuperUser_blocks_or_reinstates(AdminUserType type)
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, type == AdminUserType.Partner ? setup.Partner : setup.Reseller));

        ApiAssert.IsOk(await ChangeAsync(admin, setup.Service, "AccountSuspended"));
        ApiAssert.IsError(await ChangeAsync(admin, setup.Service, "Blocked"), HttpStatusCode.Forbidden, "Forbidden", "Status");
        ApiAssert.IsError(await ChangeAsync(admin, setup.Service, "DemoAccount"), HttpStatusCode.Forbidden, "Forbidden", "Status");
        ApiAssert.IsOk(await ChangeAsync(admin, setup.Service, "AccountCancelled"));
        ApiAssert.IsError(await ChangeAsync(admin, setup.Service, "CertifiedSecure"), HttpStatusCode.Forbidden, "Forbidden", "Status");
        ApiAssert.IsOk(await ChangeAsync(Client, setup.Service, "CertifiedSecure"));

        Assert.That(Statuses(await OfServiceAsync(admin, setup.Service)),
            Is.EqualTo(new[] { "TrialActive", "AccountSuspended", "AccountCancelled", "CertifiedSecure" }));
    }

    [Test]
    public async Task A_service_admin_does_not_change_its_services_status()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        using var admin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Service, setup.Service));

        ApiAssert.IsError(await ChangeAsync(admin, setup.Service, "CertifiedSecure"), HttpStatusCode.Forbidden, "Forbidden", "Status");
        Assert.That(Statuses(await OfServiceAsync(admin, setup.Service)), Is.EqualTo(new[] { "TrialActive" }));
    }

    [Test]
    public async Task A_trial_restarted_ends_when_asked_or_after_its_initial_term_and_no_other_status_takes_a_TrialEndDate()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        ApiAssert.IsOk(await ChangeAsync(Client, setup.Service, "TrialExpired"));
        ApiAssert.IsError(await ChangeAsync(Client, setup.Service, "CertifiedSecure", new { trialEndDate = DateTime.UtcNow.AddDays(5) }),
            HttpStatusCode.BadRequest, "TrialEndDateNotAllowed", "TrialEndDate");
        ApiAssert.IsError(await ChangeAsync(Client, setup.Service, "TrialActive", new { trialEndDate = DateTime.UtcNow.AddDays(-1) }),
            HttpStatusCode.BadRequest, "InvalidTrialEndDate", "TrialEndDate");

        var restarted = await ChangeAsync(Client, setup.Service, "TrialActive");

        ApiAssert.IsOk(restarted);
        var end = DateTime.Parse(restarted.Text("trialEndDate"), null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.That(end, Is.EqualTo(DateTime.UtcNow.AddDays(30)).Within(TimeSpan.FromMinutes(5)));
        var service = await Client.GetAsync($"/api/services/{setup.Service:N}");
        Assert.That(service.Text("status"), Is.EqualTo("TrialActive"));
    }
}
