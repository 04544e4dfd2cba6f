using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Email addresses are bare addr-specs (international domains stored as punycode) and the URLs others will
/// call are absolute https without user info or link-local hosts: anything else is a 400 naming the field.
/// </summary>
public sealed class EmailAndUrlRulesTests : ApiTest
{
    [TestCase("Pat <pat@example.com>")]
    [TestCase("\"pat\"@example.com")]
    [TestCase("pat smith@example.com")]
    [TestCase("pat@localhost")]
    [TestCase("pat..smith@example.com")]
    [TestCase("pat@example..com")]
    [TestCase("pat@-example.com")]
    [TestCase("pat@exa_mple.com")]
    [TestCase("pat@example.com.")]
    [TestCase("pat@@example.com")]
    [TestCase(" pat@example.com ")]
    public async Task An_address_that_is_not_a_bare_addr_spec_is_a_400(string email)
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = email, password = "a long enough password" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "Email", "EmailAddress");
    }

    [Test]
    public async Task An_international_domain_is_stored_in_ascii_and_its_unicode_form_is_the_same_user()
    {
        var partner = await Given.PartnerAsync();
        var local = "idn" + Guid.NewGuid().ToString("N")[..8];

        var created = await Client.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = $"{local}@Bücher.example", password = "a long enough password" });
        var again = await Client.PostAsync($"/api/partners/{partner:N}/users", new { emailAddress = $"{local}@xn--bcher-kva.example", password = "a long enough password" });

        ApiAssert.IsOk(created);
        Assert.That(created.Text("emailAddress"), Is.EqualTo($"{local}@xn--bcher-kva.example"));
        ApiAssert.IsError(again, HttpStatusCode.Conflict, "Conflict", "EmailAddress");
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://files.example.com/")]
    [TestCase("http://api.example.com/")]
    [TestCase("http://127.0.0.1:8080/")]
    [TestCase("https://user:secret@api.example.com/")]
    [TestCase("https://169.254.169.254/latest/meta-data/")]
    [TestCase("https://[fe80::1]/")]
    [TestCase("/relative/path")]
    public async Task A_url_others_would_call_must_be_absolute_https_to_an_ordinary_host(string url)
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var site = await Client.PostAsync("/api/sites", new { name = "Site " + Guid.NewGuid().ToString("N"), providerName = "Test", jurisdiction = "US", endpoint = url });
        var collection = await Client.PostAsync($"/api/resellers/{setup.Reseller:N}/collections",
            new { siteGuid = setup.Site, name = "Collection", collectionCode = "c" + Guid.NewGuid().ToString("N")[..12], servicesApiBaseUrl = url });

        ApiAssert.IsError(site, HttpStatusCode.BadRequest, "Url", "Endpoint");
        ApiAssert.IsError(collection, HttpStatusCode.BadRequest, "Url", "ServicesApiBaseUrl");
    }

    [Test]
    public async Task Http_to_loopback_is_accepted_only_where_the_setting_allows_it()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Validation:AllowHttpToLoopback"] = "true" } });
        using var client = host.CreateSuperUserClient();
        object Site(string endpoint) => new { name = "Site " + Guid.NewGuid().ToString("N"), providerName = "Test", jurisdiction = "US", endpoint };

        ApiAssert.IsOk(await client.PostAsync("/api/sites", Site("http://127.0.0.1:8080/")));
        ApiAssert.IsOk(await client.PostAsync("/api/sites", Site("http://localhost:8080/")));
        ApiAssert.IsError(await client.PostAsync("/api/sites", Site("http://api.example.com/")), HttpStatusCode.BadRequest, "Url", "Endpoint");
    }
}
