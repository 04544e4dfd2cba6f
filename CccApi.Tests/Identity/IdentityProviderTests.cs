using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.ServiceUsers;
using Microsoft.EntityFrameworkCore;
using static CccApi.Tests.Identity.IdentityWorld;

namespace CccApi.Tests.Identity;

/// <summary>
/// Identity providers: created by SuperUsers only, checked against what their protocol needs, their secret and
/// certificates stored encrypted and never answered.
/// </summary>
public sealed class IdentityProviderTests : ApiTest
{
    [Test]
    public async Task A_provider_is_answered_without_its_secret_and_stores_only_ciphertext()
    {
        var name = Scenario.Unique("Directory ");
        var created = await Client.PostAsync("/api/idp", OpenIdProvider(name));
        ApiAssert.IsOk(created);
        Assert.That(created.Body, Does.Not.Contain(Secret));
        var provider = created.Guid("idProviderGuid");

        var read = await Client.GetAsync($"/api/idp/{provider:N}");
        ApiAssert.IsOk(read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((read.Text("name"), read.Text("clientId"), read.Text("tokenUrl")), Is.EqualTo((name, "ccc-client", "https://login.example.org/token")));
            Assert.That(read.Json["typeGuid"]!.GetValue<string>(), Is.EqualTo(OpenIdConnect));
            Assert.That(read.Json["secretId"], Is.Null);
            Assert.That(read.Body, Does.Not.Contain(Secret));
            Assert.That(read.Text("parameters"), Does.Contain("\"userGroupType\":[\"Guest\",\"Professional\"]"));
        }
        var listed = await Client.GetAsync("/api/idp");
        ApiAssert.IsOk(listed);
        Assert.That(listed.Json["idProviders"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Does.Contain(name));
        Assert.That(listed.Body, Does.Not.Contain(Secret).And.Not.Contain("ccc-client"), "the summary has no client id or secret");

        var stored = await ServiceUserTests.WithDbAsync(db => db.IdProviders.AsNoTracking().SingleAsync(p => p.Id == provider));
        Assert.That(stored.ProtectedSecretId, Is.Not.Null.And.Not.Contain(Secret));
        ApiAssert.IsError(await Client.GetAsync($"/api/idp/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "IdProviderGuid");
    }

    [Test]
    public async Task A_provider_needs_what_its_protocol_needs()
    {
        ApiAssert.IsError(await Client.PostAsync("/api/idp", new { name = "x", typeGuid = OpenIdConnect, loginUrl = "https://idp.example.org/a", clientId = "c", secretId = "s" }),
            HttpStatusCode.BadRequest, "NotEmpty", "TokenUrl");
        ApiAssert.IsError(await Client.PostAsync("/api/idp", new { name = "x", typeGuid = Saml2, loginUrl = "https://idp.example.org/sso" }),
            HttpStatusCode.BadRequest, "NotEmpty", "CertificateId");
        ApiAssert.IsError(await Client.PostAsync("/api/idp", new { name = "x", typeGuid = Guid.NewGuid(), loginUrl = "https://idp.example.org/sso" }),
            HttpStatusCode.BadRequest, "AllowableValues", "TypeGuid");
        ApiAssert.IsError(await Client.PostAsync("/api/idp", new { name = "x", typeGuid = Saml2, loginUrl = "http://idp.example.org/sso", certificateId = "AB12" }),
            HttpStatusCode.BadRequest, "Url", "LoginUrl");
        ApiAssert.IsOk(await Client.PostAsync("/api/idp", new { name = "Saml", typeGuid = Saml2, loginUrl = "https://idp.example.org/sso", certificateId = "AB12" }));
    }

    [Test]
    public async Task Only_a_SuperUser_creates_a_provider_and_every_admin_reads_them()
    {
        var provider = await ProviderAsync(Client);
        foreach (var type in new[] { AdminUserType.Partner, AdminUserType.Reseller, AdminUserType.Service })
        {
            using var admin = SharedHost.Host.CreateClient(await SharedHost.Host.CreateAdminApiKeyAsync(type, Guid.NewGuid()));
            var refused = await admin.PostAsync("/api/idp", OpenIdProvider());
            ApiAssert.IsError(refused, HttpStatusCode.Forbidden, "Forbidden");
            ApiAssert.HasMessage(refused, "Invalid Role");
            ApiAssert.IsError(await admin.PostAsync("/api/idp", new { }), HttpStatusCode.Forbidden, "Forbidden");
            ApiAssert.IsOk(await admin.GetAsync($"/api/idp/{provider:N}"));
            ApiAssert.IsOk(await admin.GetAsync("/api/idp"));
        }
    }
}
