using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>UpdateAdminUser (ours): a Disabled admin user loses its sessions and API keys and cannot sign in.</summary>
public sealed class AdminUserStatusTests
{
    private static TestHost Host => SharedHost.Host;

    private const string Password = "status test password";

    private static async Task<ApiResult> SignInAsync(string email)
    {
        using var anonymous = Host.CreateAnonymousClient();
        return await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password = Password });
    }

    private static ApiClient SessionClient(string sessionId)
    {
        var http = Host.CreateRawClient();
        http.DefaultRequestHeaders.Add("X-ss-id", sessionId);
        return new ApiClient(http);
    }

    [Test]
    public async Task Disabling_ends_the_users_sessions_revokes_its_keys_and_refuses_its_sign_in_until_enabled_again()
    {
        using var superUser = Host.CreateSuperUserClient();
        var given = new Scenario(superUser);
        var partner = await given.PartnerAsync();
        var email = $"disabled-{Guid.NewGuid():N}@tests.invalid";
        var userGuid = await given.PartnerAdminUserAsync(partner, email, Password);
        var signIn = await SignInAsync(email);
        ApiAssert.IsOk(signIn);
        using var session = SessionClient(signIn.Text("sessionId"));
        var key = (await session.PostAsync("/api/apikeys", new { name = "before disabling" })).Text("key");
        using var keyHolder = Host.CreateClient(key);
        var ownUsers = $"/api/partners/{partner:N}/users";
        ApiAssert.IsOk(await session.GetAsync(ownUsers));
        ApiAssert.IsOk(await keyHolder.GetAsync(ownUsers));

        var disabled = await superUser.PutAsync($"/api/adminusers/{userGuid:N}", new { status = "Disabled" });

        ApiAssert.IsOk(disabled);
        Assert.That(disabled.Text("status"), Is.EqualTo("Disabled"));
        ApiAssert.IsError(await session.GetAsync(ownUsers), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(await keyHolder.GetAsync(ownUsers), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(await SignInAsync(email), HttpStatusCode.Unauthorized, "Unauthorized");
        var listed = await superUser.GetAsync(ownUsers);
        Assert.That(listed.Json["results"]!.AsArray().Single()!.Str("status"), Is.EqualTo("Disabled"));
        var keys = await superUser.GetAsync($"/api/apikeys?adminUserGuid={userGuid:N}");
        Assert.That(keys.Json["apiKeys"]!.AsArray().Single()!.Str("revokedDate"), Is.Not.Null);

        var enabled = await superUser.PutAsync($"/api/adminusers/{userGuid:N}", new { status = "Active" });

        ApiAssert.IsOk(enabled);
        Assert.That(enabled.Text("status"), Is.EqualTo("Active"));
        var again = await SignInAsync(email);
        ApiAssert.IsOk(again);
        using var newSession = SessionClient(again.Text("sessionId"));
        ApiAssert.IsOk(await newSession.GetAsync(ownUsers));
        ApiAssert.IsError(await keyHolder.GetAsync(ownUsers), HttpStatusCode.Unauthorized, "Unauthorized");
        ApiAssert.IsError(await session.GetAsync(ownUsers), HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Test]
    public async Task A_partner_admin_disables_its_resellers_admin_but_a_reseller_admin_cannot_see_its_partners_admins()
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var resellerUser = (await superUser.PostAsync($"/api/resellers/{own.Reseller:N}/users",
            new { emailAddress = $"{Guid.NewGuid():N}@tests.invalid", password = Password })).Guid("userGuid");
        using var partnerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, own.Partner));
        using var resellerAdmin = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Reseller, own.Reseller));

        ApiAssert.IsOk(await partnerAdmin.PutAsync($"/api/adminusers/{resellerUser:N}", new { status = "Disabled" }));
        ApiAssert.IsError(await resellerAdmin.PutAsync($"/api/adminusers/{own.PartnerAdmin:N}", new { status = "Disabled" }),
            HttpStatusCode.NotFound, "NotFound", "UserGuid");
        var superUserId = (await superUser.GetAsync("/api/auth")).Text("userId");
        ApiAssert.IsError(await partnerAdmin.PutAsync($"/api/adminusers/{superUserId}", new { status = "Disabled" }),
            HttpStatusCode.NotFound, "NotFound", "UserGuid");
    }

    [Test]
    public async Task An_admin_user_cannot_disable_itself()
    {
        using var superUser = Host.CreateSuperUserClient();
        var self = (await superUser.GetAsync("/api/auth")).Text("userId");

        var result = await superUser.PutAsync($"/api/adminusers/{self}", new { status = "Disabled" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEqual", "UserGuid");
        ApiAssert.IsOk(await superUser.GetAsync("/api/sites"));
    }

    [Test]
    public async Task An_unknown_user_is_a_404_and_a_missing_status_a_400()
    {
        using var superUser = Host.CreateSuperUserClient();
        var partner = await new Scenario(superUser).PartnerAsync();
        var user = await new Scenario(superUser).PartnerAdminUserAsync(partner);

        ApiAssert.IsError(await superUser.PutAsync($"/api/adminusers/{Guid.NewGuid():N}", new { status = "Disabled" }),
            HttpStatusCode.NotFound, "NotFound", "UserGuid");
        ApiAssert.IsError(await superUser.PutAsync($"/api/adminusers/{user:N}", new { }), HttpStatusCode.BadRequest, "NotNull", "Status");
    }
}
