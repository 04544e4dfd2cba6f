using System.Net;
using CccApi.ServiceInterface.Data.Configurations;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Identity.IdentityWorld;

namespace CccApi.Tests.Identity;

/// <summary>
/// A service's identity proxies: Pattern and Parameters validated as JSON documents (a regular expression that compiles,
/// known names and values), stored in canonical form, listed by workflow and, in mixed mode, by the user they match.
/// </summary>
public sealed class ServiceIdPxTests : ApiTest
{
    [Test]
    public async Task A_proxy_is_stored_in_canonical_form_and_uses_the_authentication_workflow_by_default()
    {
        var provider = await ProviderAsync(Client);
        var (service, domain) = await ServiceAsync(Client);
        var proxy = await ProxyAsync(Client, service, provider, new
        {
            name = "Staff",
            pattern = $"{{ \"emailAddress\" : \".*@{domain}\", \"userGroupType\": \"Professional\" }}",
            parameters = "{\"language\":\"fr\"}",
            typeGuid = Guid.Empty,
        });

        var read = await Client.GetAsync($"/api/idpx/{proxy:N}");
        ApiAssert.IsOk(read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Text("pattern"), Is.EqualTo($"{{\"emailAddress\":\".*@{domain}\",\"userGroupType\":\"Professional\"}}"));
            Assert.That(read.Text("parameters"), Is.EqualTo("{\"language\":\"fr\"}"));
            Assert.That((read.Guid("serviceGuid"), read.Guid("idProviderGuid"), read.Text("name")), Is.EqualTo((service, provider, "Staff")));
            Assert.That(read.Json["type"]!["workflow"]!.GetValue<string>(), Is.EqualTo("Authentication"));
            Assert.That(read.Json["type"]!["idPxTypeGuid"]!.GetValue<string>(), Is.EqualTo(IdentityTypeRows.AuthenticationProxy.ToString("N")));
            Assert.That(read.Text("idPxUrl"), Does.EndWith($"?idpx={proxy:N}"));
        }
        ApiAssert.IsError(await Client.GetAsync($"/api/idpx/{Guid.NewGuid():N}"), HttpStatusCode.NotFound, "NotFound", "IdPxGuid");
    }

    [TestCase("{\"emailAddress\": \"(unclosed\"}", "emailAddress must be a valid regular expression")]
    [TestCase("{\"emailAddress\": \".*\", \"colour\": \"blue\"}", "'colour' is not a pattern condition")]
    [TestCase("{\"userGroupType\": \"Admin\"}", "userGroupType must be Guest or Professional")]
    [TestCase("{\"emailAddress\": 5}", "'emailAddress' must be a string")]
    [TestCase("[\".*\"]", "must be a JSON object")]
    [TestCase("not json", "must be a JSON object")]
    public async Task A_pattern_that_is_not_a_valid_document_is_400_naming_Pattern(string pattern, string message)
    {
        var provider = await ProviderAsync(Client);
        var (service, _) = await ServiceAsync(Client);

        var refused = await Client.PostAsync($"/api/services/{service:N}/idpx", new { idProviderGuid = provider, pattern });

        ApiAssert.IsError(refused, HttpStatusCode.BadRequest, "InvalidPattern", "Pattern");
        Assert.That(refused.ResponseStatus!["message"]!.GetValue<string>(), Does.Contain(message));
    }

    [Test]
    public async Task Parameters_name_only_known_parameters_with_allowed_values()
    {
        var provider = await ProviderAsync(Client);
        var (service, _) = await ServiceAsync(Client);
        var idpx = $"/api/services/{service:N}/idpx";

        ApiAssert.IsError(await Client.PostAsync(idpx, new { idProviderGuid = provider, parameters = "{\"language\":\"xx\"}" }),
            HttpStatusCode.BadRequest, "InvalidParameters", "Parameters");
        ApiAssert.IsError(await Client.PostAsync(idpx, new { idProviderGuid = provider, parameters = "{\"quota\":\"5\"}" }),
            HttpStatusCode.BadRequest, "InvalidParameters", "Parameters");
        ApiAssert.IsError(await Client.PostAsync(idpx, new { idProviderGuid = provider, typeGuid = Guid.NewGuid() }),
            HttpStatusCode.BadRequest, "AllowableValues", "TypeGuid");
        ApiAssert.IsError(await Client.PostAsync(idpx, new { idProviderGuid = Guid.NewGuid() }), HttpStatusCode.NotFound, "NotFound", "IdProviderGuid");
        ApiAssert.IsError(await Client.PostAsync(idpx, new { }), HttpStatusCode.BadRequest, "NotNull", "IdProviderGuid");
        ApiAssert.IsOk(await Client.PostAsync(idpx, new { idProviderGuid = provider, parameters = "{\"language\":\"de\",\"userGroupType\":\"Guest\"}" }));
    }

    [Test]
    public async Task A_service_lists_its_proxies_by_workflow_and_in_mixed_mode_by_the_user_they_match()
    {
        var provider = await ProviderAsync(Client);
        var other = await ProviderAsync(Client);
        var (service, domain) = await ServiceAsync(Client);
        await UserAsync(Client, service, $"guest@{domain}", new { serviceUserGroupType = "Guest" });
        var staff = await ProxyAsync(Client, service, provider, new { pattern = $"{{\"emailAddress\":\".*@{domain}\",\"userGroupType\":\"Professional\"}}" });
        var guests = await ProxyAsync(Client, service, other, new { pattern = "{\"userGroupType\":\"Guest\"}" });
        var connector = await ProxyAsync(Client, service, provider, new { typeGuid = ConnectorType });
        var list = $"/api/services/{service:N}/idpx";

        Assert.That(Guids(await Client.GetAsync(list)), Is.EqualTo(new[] { staff, guests }), "authentication proxies, in order");
        Assert.That(Guids(await Client.GetAsync($"{list}?ConnectorRequest=true")), Is.EqualTo(new[] { connector }));
        Assert.That(Guids(await Client.GetAsync($"{list}?EmailAddress=Guest@{domain}")), Is.EqualTo(new[] { guests }), "the guest matches the guest proxy only");
        Assert.That(Guids(await Client.GetAsync($"{list}?EmailAddress=new@{domain}")), Is.Empty, "not a user yet: in no group");
        Assert.That(Guids(await Client.GetAsync($"{list}?EmailAddress=new@{domain}.example.org")), Is.Empty, "the expression is anchored");
        ApiAssert.IsError(await Client.GetAsync($"{list}?ConnectorRequest=maybe"), HttpStatusCode.BadRequest, "AllowableValues", "ConnectorRequest");
    }

    [Test]
    public async Task An_update_changes_what_it_carries_and_an_empty_pattern_clears_it()
    {
        var provider = await ProviderAsync(Client);
        var other = await ProviderAsync(Client);
        var (service, domain) = await ServiceAsync(Client);
        var proxy = await ProxyAsync(Client, service, provider, new { name = "Before", pattern = $"{{\"emailAddress\":\".*@{domain}\"}}" });

        ApiAssert.IsOk(await Client.PutAsync($"/api/idpx/{proxy:N}", new { idProviderGuid = other, description = "After", typeGuid = ConnectorType }));
        var changed = await Client.GetAsync($"/api/idpx/{proxy:N}");
        Assert.That((changed.Guid("idProviderGuid"), changed.Text("name"), changed.Text("description"), changed.Text("pattern")),
            Is.EqualTo((other, "Before", "After", $"{{\"emailAddress\":\".*@{domain}\"}}")));
        Assert.That(changed.Json["type"]!["workflow"]!.GetValue<string>(), Is.EqualTo("Connector"));

        ApiAssert.IsOk(await Client.PutAsync($"/api/idpx/{proxy:N}", new { pattern = "" }));
        Assert.That((await Client.GetAsync($"/api/idpx/{proxy:N}")).Json["pattern"], Is.Null);
        ApiAssert.IsError(await Client.PutAsync($"/api/idpx/{proxy:N}", new { pattern = "{\"emailAddress\":\"[\"}" }),
            HttpStatusCode.BadRequest, "InvalidPattern", "Pattern");
        ApiAssert.IsError(await Client.PutAsync($"/api/idpx/{Guid.NewGuid():N}", new { name = "x" }), HttpStatusCode.NotFound, "NotFound", "IdPxGuid");
    }

    private static Guid[] Guids(ApiResult listed)
    {
        ApiAssert.IsOk(listed);
        return listed.Json["idPx"]!.AsArray().Select(x => Guid.Parse(x!["idPxGuid"]!.GetValue<string>())).ToArray();
    }
}
