using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.ServiceUsers.ServiceUserTests;

namespace CccApi.Tests.ServiceUsers;

/// <summary>
/// CreateService's SystemUser and the Service admin made with it are one account: a password changed on either side
/// works on both, and disabling or enabling the admin disables or enables the user, with the change in its history.
/// </summary>
public sealed class SystemUserLinkTests : ApiTest
{
    private const string FirstPassword = "system user password 1";

    [Test]
    public async Task A_password_changed_as_service_user_signs_the_admin_in_and_one_changed_as_admin_is_the_users()
    {
        var (service, email) = await ServiceWithSystemUserAsync();
        var system = await SystemUserAsync(service);
        var admin = await WithDbAsync(db => db.AdminUsers.AsNoTracking().SingleAsync(a => a.Email == email));
        Assert.That((system.Email, system.AdminUserId), Is.EqualTo((email, (Guid?)admin.Id)), "the system user is its admin's service user");

        ApiAssert.IsOk(await Client.PutAsync($"{Users(service)}/password?ServiceUserGuid={system.Id:N}",
            new { oldPassword = FirstPassword, newPassword = "changed as user 2" }));
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        ApiAssert.IsError(await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password = FirstPassword }), HttpStatusCode.Unauthorized, "Unauthorized");
        var signedIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password = "changed as user 2" });
        ApiAssert.IsOk(signedIn);

        using var asAdmin = new ApiClient(SharedHost.Host.CreateRawClient(handleCookies: false));
        asAdmin.Http.DefaultRequestHeaders.Add("X-ss-id", signedIn.Text("sessionId"));
        ApiAssert.IsOk(await asAdmin.PutAsync($"/api/users/{system.AdminUserId:N}/changepassword",
            new { oldPassword = "changed as user 2", newPassword = "changed as admin 3", confirmNewPassword = "changed as admin 3" }));

        ApiAssert.IsOk(await Client.PutAsync($"{Users(service)}/password?EmailAddress={email}",
            new { oldPassword = "changed as admin 3", newPassword = "changed as user 4" }));
    }

    [Test]
    public async Task Disabling_and_enabling_the_admin_disables_and_enables_its_system_user_with_history()
    {
        var (service, _) = await ServiceWithSystemUserAsync();
        var system = await SystemUserAsync(service);

        ApiAssert.IsOk(await Client.PutAsync($"/api/adminusers/{system.AdminUserId:N}", new { status = "Disabled" }));
        Assert.That((await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={system.Id:N}")).Text("status"), Is.EqualTo("Disabled"));
        ApiAssert.IsOk(await Client.PutAsync($"/api/adminusers/{system.AdminUserId:N}", new { status = "Active" }));
        Assert.That((await Client.GetAsync($"{Users(service)}/single?ServiceUserGuid={system.Id:N}")).Text("status"), Is.EqualTo("Active"));

        var history = await WithDbAsync(db => db.ServiceUserStatusChanges.AsNoTracking().Where(c => c.ServiceUserId == system.Id)
            .OrderBy(c => c.ChangedOn).Select(c => new { c.FromStatus, c.ToStatus }).ToListAsync());
        Assert.That(history.Select(c => (c.FromStatus, c.ToStatus)), Is.EqualTo(new (RecordStatus?, RecordStatus)[]
        {
            (null, RecordStatus.Active), (RecordStatus.Active, RecordStatus.Disabled), (RecordStatus.Disabled, RecordStatus.Active),
        }));
    }

    [Test]
    public async Task The_system_users_address_is_its_admins_sign_in_name_and_does_not_change()
    {
        var (service, email) = await ServiceWithSystemUserAsync();
        var system = await SystemUserAsync(service);

        ApiAssert.IsOk(await Client.PostAsync($"/api/services/{service:N}/sso/users",
            new { emailAddress = email, firstName = "Sys", lastName = "Tem", ssoUid = Guid.NewGuid() }));
        ApiAssert.IsError(await Client.PostAsync($"/api/services/{service:N}/sso/users",
                new { emailAddress = $"other@{Scenario.UniqueDomain()}", firstName = "Sys", lastName = "Tem", ssoUid = (await SystemUserAsync(service)).SsoUid }),
            HttpStatusCode.Conflict, "Conflict", "EmailAddress");
        Assert.That((await SystemUserAsync(service)).Email, Is.EqualTo(system.Email));
    }

    private async Task<(Guid Service, string Email)> ServiceWithSystemUserAsync()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var email = $"it@{Scenario.UniqueDomain()}";
        var service = await Given.ServiceAsync(setup.Reseller, new { systemUser = new { email = email.ToUpperInvariant(), password = FirstPassword, firstName = "Ida", lastName = "It" } });
        return (service, email);
    }

    private static Task<ServiceUser> SystemUserAsync(Guid service) =>
        WithDbAsync(db => db.ServiceUsers.AsNoTracking().SingleAsync(u => u.ServiceId == service && u.IsSystemUser));
}
