using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>The SystemUser that CreateService creates is the service's admin: it signs in as a Service admin.</summary>
public sealed class ServiceAdminTests : ApiTest
{
    [Test]
    public async Task The_system_user_signs_in_as_the_services_admin()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        const string password = "Sys-Pa55word!";
        var created = await Client.PostAsync("/api/services",
            new { primaryDomain = domain, resellerGuid = setup.Reseller, systemUser = new { email = $"Owner@{domain}", password } });
        ApiAssert.IsOk(created);
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = $"owner@{domain}", password });

        ApiAssert.IsOk(signIn);
        Assert.That(signIn.Json["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Service" }));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/partners") { Content = new StringContent("{\"name\":\"x\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-ss-id", signIn.Text("sessionId"));
        ApiAssert.IsError(await anonymous.SendAsync(request), HttpStatusCode.Forbidden, "Forbidden");
    }

    [Test]
    public async Task A_system_user_email_that_names_another_admin_is_409()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var email = $"shared-{Guid.NewGuid():N}@example.com";
        ApiAssert.IsOk(await Client.PostAsync("/api/services",
            new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, systemUser = new { email } }));

        var second = await Client.PostAsync("/api/services",
            new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, systemUser = new { email = email.ToUpperInvariant() } });

        ApiAssert.IsError(second, HttpStatusCode.Conflict, "Conflict", "SystemUser.Email");
    }

    [Test]
    public async Task A_system_user_without_a_password_cannot_sign_in()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Client.PostAsync("/api/services", new { primaryDomain = domain, resellerGuid = setup.Reseller }));
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = $"admin@{domain}", password = "anything" });

        ApiAssert.IsError(signIn, HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
