using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// ChangeAdminUserPassword: only the signed-in user changes its own password, with its old one; the new one
/// must be confirmed; its other sessions end, the session it came through and its API keys stay.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own, with room for the sign-ins these tests make
public sealed class ChangeAdminUserPasswordTests
{
    private const string OldPassword = "the old password";
    private const string NewPassword = "a brand new password";

    private TestHost _host = null!;
    private ApiClient _superUser = null!;
    private Scenario _given = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost(new TestHostOptions { Settings = { ["Authentication:SignInLimitPerAddress"] = "1000" } });
        _superUser = _host.CreateSuperUserClient();
        _given = new Scenario(_superUser);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _superUser.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task The_signed_in_user_changes_its_password_and_its_other_sessions_end()
    {
        var (user, email) = await PartnerAdminAsync();
        var session = await SignInAsync(email, OldPassword);
        var otherSession = await SignInAsync(email, OldPassword);

        var result = await CallAsync(session, user, new { oldPassword = OldPassword, newPassword = NewPassword, confirmNewPassword = NewPassword });

        ApiAssert.IsOk(result);
        Assert.That(result.Body, Does.Not.Contain(NewPassword).And.Not.Contain(OldPassword));
        Assert.That((await WithSessionAsync(session, "/api/auth")).StatusCode, Is.EqualTo(200), "the session the change came through stays");
        ApiAssert.IsError(await WithSessionAsync(otherSession, "/api/auth"), HttpStatusCode.Unauthorized, "Unauthorized");
        using var anonymous = _host.CreateAnonymousClient();
        Assert.That((await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password = OldPassword })).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        ApiAssert.IsOk(await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password = NewPassword }));
    }

    [Test]
    public async Task A_wrong_old_password_is_a_400_and_changes_nothing()
    {
        var (user, email) = await PartnerAdminAsync();
        var session = await SignInAsync(email, OldPassword);

        var result = await CallAsync(session, user, new { oldPassword = "not the password", newPassword = NewPassword, confirmNewPassword = NewPassword });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "InvalidPassword", "OldPassword");
        await SignInAsync(email, OldPassword);
    }

    [Test]
    public async Task The_new_password_must_be_confirmed()
    {
        var (user, email) = await PartnerAdminAsync();
        var session = await SignInAsync(email, OldPassword);

        var result = await CallAsync(session, user, new { oldPassword = OldPassword, newPassword = NewPassword, confirmNewPassword = NewPassword + "!" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "Equal", "ConfirmNewPassword");
        Assert.That(result.Body, Does.Not.Contain(NewPassword));
        await SignInAsync(email, OldPassword);
    }

    [TestCase("oldPassword", "OldPassword", "NotEmpty")]
    [TestCase("newPassword", "NewPassword", "NotEmpty")]
    [TestCase("confirmNewPassword", "ConfirmNewPassword", "NotEmpty")]
    public async Task Every_field_is_required(string left, string field, string errorCode)
    {
        var (user, email) = await PartnerAdminAsync();
        var session = await SignInAsync(email, OldPassword);
        var body = new Dictionary<string, string> { ["oldPassword"] = OldPassword, ["newPassword"] = NewPassword, ["confirmNewPassword"] = NewPassword };
        body.Remove(left);

        ApiAssert.IsError(await CallAsync(session, user, body), HttpStatusCode.BadRequest, errorCode, field);
    }

    [Test]
    public async Task A_short_new_password_is_a_400()
    {
        var (user, email) = await PartnerAdminAsync();
        var session = await SignInAsync(email, OldPassword);

        var result = await CallAsync(session, user, new { oldPassword = OldPassword, newPassword = "short", confirmNewPassword = "short" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "MinimumLength", "NewPassword");
    }

    [Test]
    public async Task Nobody_changes_another_users_password_not_even_a_superuser()
    {
        var (user, email) = await PartnerAdminAsync();

        var bySuperUser = await _superUser.PutAsync($"/api/users/{user:N}/changepassword",
            new { oldPassword = OldPassword, newPassword = NewPassword, confirmNewPassword = NewPassword });
        var unknown = await _superUser.PutAsync($"/api/users/{Guid.NewGuid():N}/changepassword",
            new { oldPassword = OldPassword, newPassword = NewPassword, confirmNewPassword = NewPassword });

        ApiAssert.IsError(bySuperUser, HttpStatusCode.NotFound, "NotFound", "UserGuid");
        ApiAssert.IsError(unknown, HttpStatusCode.NotFound, "NotFound", "UserGuid");
        Assert.That(bySuperUser.Body, Is.EqualTo(unknown.Body), "an existing user is indistinguishable from none");
        await SignInAsync(email, OldPassword);
    }

    private async Task<(Guid User, string Email)> PartnerAdminAsync()
    {
        var email = $"changer-{Guid.NewGuid():N}@tests.invalid";
        return (await _given.PartnerAdminUserAsync(await _given.PartnerAsync(), email, OldPassword), email);
    }

    private async Task<string> SignInAsync(string email, string password)
    {
        using var anonymous = _host.CreateAnonymousClient();
        var result = await anonymous.PostAsync("/api/auth/credentials", new { userName = email, password });
        ApiAssert.IsOk(result);
        return result.Text("sessionId");
    }

    private Task<ApiResult> CallAsync(string sessionId, Guid user, object body) =>
        SendAsync(sessionId, HttpMethod.Put, $"/api/users/{user:N}/changepassword", body);

    private Task<ApiResult> WithSessionAsync(string sessionId, string path) => SendAsync(sessionId, HttpMethod.Get, path, null);

    private async Task<ApiResult> SendAsync(string sessionId, HttpMethod method, string path, object? body)
    {
        using var client = new ApiClient(_host.CreateRawClient(handleCookies: false));
        client.Http.DefaultRequestHeaders.Add("X-ss-id", sessionId);
        return await client.SendAsync(method, path, body);
    }
}
