using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Operations;

/// <summary>UpdatePartner: the fields sent change, null leaves a field alone; a Disabled partner shuts out every admin under it.</summary>
public sealed class UpdatePartnerTests : ApiTest
{
    private const string Password = "update partner test password";

    [Test]
    public async Task Changes_the_fields_sent_and_leaves_the_others_as_they_are()
    {
        var partner = await Given.PartnerAsync();
        var name = Scenario.Unique("Renamed partner ");

        ApiAssert.IsOk(await Client.PutAsync($"/api/partners/{partner:N}", new { partnerName = $"  {name} ", companyName = "Acme  Ltd", contactName = "Ada Lovelace" }));
        ApiAssert.IsOk(await Client.PutAsync($"/api/partners/{partner:N}", new { contactName = "Grace Hopper" }));

        var stored = await StoredAsync(partner);
        Assert.That((stored.Name, stored.CompanyName, stored.ContactName, stored.Status),
            Is.EqualTo((name, "Acme Ltd", "Grace Hopper", RecordStatus.Active)));
        ApiAssert.IsError(await Client.PostAsync("/api/partners", new { name = name.ToUpperInvariant() }), HttpStatusCode.Conflict, "Conflict", "Name");
    }

    [Test]
    public async Task A_name_another_partner_has_is_a_409_naming_PartnerName_and_changes_nothing()
    {
        var partner = await Given.PartnerAsync();
        var taken = Scenario.Unique("Taken partner ");
        ApiAssert.IsOk(await Client.PostAsync("/api/partners", new { name = taken }));
        var before = await StoredAsync(partner);

        var result = await Client.PutAsync($"/api/partners/{partner:N}", new { partnerName = taken.ToLowerInvariant(), companyName = "Not written" });

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "PartnerName");
        var after = await StoredAsync(partner);
        Assert.That((after.Name, after.CompanyName), Is.EqualTo((before.Name, before.CompanyName)));
    }

    [Test]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var partner = await Given.PartnerAsync();

        ApiAssert.IsError(await Client.PutAsync($"/api/partners/{partner:N}", new { status = "Paused" }), HttpStatusCode.BadRequest, "AllowableValues", "Status");
        ApiAssert.IsError(await Client.PutAsync($"/api/partners/{partner:N}", new { partnerName = " " }), HttpStatusCode.BadRequest, "NotEmpty", "PartnerName");
        ApiAssert.IsError(await Client.PutAsync($"/api/partners/{partner:N}", new { companyName = new string('x', 101) }), HttpStatusCode.BadRequest, "MaximumLength", "CompanyName");
        ApiAssert.IsError(await Client.PutAsync($"/api/partners/{Guid.NewGuid():N}", new { contactName = "Nobody" }), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    [Test]
    public async Task A_partner_admin_may_rename_its_own_partner_but_not_change_its_status_or_touch_another()
    {
        var partner = await Given.PartnerAsync();
        var other = await Given.PartnerAsync();
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, partner));

        ApiAssert.IsOk(await admin.PutAsync($"/api/partners/{partner:N}", new { companyName = "Own company" }));
        ApiAssert.IsError(await admin.PutAsync($"/api/partners/{partner:N}", new { status = "Disabled" }), HttpStatusCode.Forbidden, "Forbidden", "Status");
        ApiAssert.IsError(await admin.PutAsync($"/api/partners/{other:N}", new { companyName = "Foreign" }), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
        Assert.That((await StoredAsync(partner)).Status, Is.EqualTo(RecordStatus.Active));
        Assert.That((await StoredAsync(other)).CompanyName, Is.Null);
    }

    [TestCase(AdminUserType.Reseller)]
    [TestCase(AdminUserType.Service)]
    public async Task Reseller_and_service_admins_cannot_update_their_partner(AdminUserType type)
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var scope = type == AdminUserType.Reseller ? setup.Reseller : setup.Service;
        using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(type, scope));

        ApiAssert.IsError(await admin.PutAsync($"/api/partners/{setup.Partner:N}", new { companyName = "Theirs" }), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    [Test]
    public async Task A_disabled_partner_shuts_out_its_admins_its_resellers_and_their_services_admins_until_enabled_again()
    {
        var setup = await Given.ServiceUnderPartnerAsync();
        var bystander = await Given.ServiceUnderPartnerAsync();
        var email = $"partner-{Guid.NewGuid():N}@tests.invalid";
        await Given.PartnerAdminUserAsync(setup.Partner, email, Password);
        using var partnerAdmin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, setup.Partner));
        using var resellerAdmin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, setup.Reseller));
        using var serviceAdmin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Service, setup.Service));
        using var otherPartnerAdmin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(AdminUserType.Partner, bystander.Partner));
        var service = $"/api/services/{setup.Service:N}";
        ApiAssert.IsOk(await partnerAdmin.GetAsync(service));
        ApiAssert.IsOk(await resellerAdmin.GetAsync(service));
        ApiAssert.IsOk(await serviceAdmin.GetAsync(service));
        ApiAssert.IsOk(await SignInAsync(email));

        ApiAssert.IsOk(await Client.PutAsync($"/api/partners/{setup.Partner:N}", new { status = "disabled" }));

        foreach (var shutOut in new[] { partnerAdmin, resellerAdmin, serviceAdmin })
            ApiAssert.IsError(await shutOut.GetAsync(service), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(await SignInAsync(email), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsOk(await otherPartnerAdmin.GetAsync($"/api/services/{bystander.Service:N}"));
        ApiAssert.IsOk(await Client.GetAsync(service));
        Assert.That((await StoredAsync(setup.Partner)).Status, Is.EqualTo(RecordStatus.Disabled));

        ApiAssert.IsOk(await Client.PutAsync($"/api/partners/{setup.Partner:N}", new { status = "Active" }));

        ApiAssert.IsOk(await partnerAdmin.GetAsync(service));
        ApiAssert.IsOk(await resellerAdmin.GetAsync(service));
        ApiAssert.IsOk(await serviceAdmin.GetAsync(service));
        ApiAssert.IsOk(await SignInAsync(email));
    }

    private static async Task<ApiResult> SignInAsync(string email)
    {
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        return await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password = Password });
    }

    private static async Task<Partner> StoredAsync(Guid partnerId)
    {
        await using var scope = SharedHost.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        return await db.Partners.AsNoTracking().SingleAsync(p => p.Id == partnerId);
    }
}
