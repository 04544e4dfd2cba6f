using System.Net;
using System.Text;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// A reader never drops a member a caller sent: a dropped AdminUserGuid turns "a key for that user"
/// into "a key for me", and a dropped SystemUser email into the default one. The DataContract XML
/// serializer skips an element that comes after where its order puts it; requests are read in any order.
/// </summary>
public sealed class NoMemberDroppedTests : ApiTest
{
    private const string Namespace = "http://schemas.datacontract.org/2004/07/CccApi.ServiceModel";

    [Test]
    public async Task An_xml_CreateApiKey_with_its_elements_out_of_order_is_for_the_named_user()
    {
        var user = await Given.PartnerAdminUserAsync(await Given.PartnerAsync());

        var created = await PostXmlAsync("/api/apikeys",
            $"<CreateApiKey xmlns=\"{Namespace}\"><Name>out of order</Name><AdminUserGuid>{user:D}</AdminUserGuid></CreateApiKey>");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), await created.Content.ReadAsStringAsync());
        var key = Element(await created.Content.ReadAsStringAsync(), "Key");
        using var holder = SharedHost.Host.CreateClient(key);
        var signedIn = await holder.GetAsync("/api/auth");
        Assert.That(signedIn.Text("userId"), Is.EqualTo(user.ToString("N")), "the key is the named user's, not the caller's");
    }

    [Test]
    public async Task A_jsv_CreateApiKey_with_a_space_after_the_comma_is_for_the_named_user()
    {
        var user = await Given.PartnerAdminUserAsync(await Given.PartnerAsync());
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/apikeys")
        {
            Content = new StringContent($"{{name:x, adminUserGuid:{user:N}}}", Encoding.UTF8, "application/jsv"),
        };

        var created = await Client.SendAsync(request);

        ApiAssert.IsOk(created);
        using var holder = SharedHost.Host.CreateClient(created.Text("key"));
        Assert.That((await holder.GetAsync("/api/auth")).Text("userId"), Is.EqualTo(user.ToString("N")), "the key is the named user's, not the caller's");
    }

    [Test]
    public async Task A_jsv_member_that_cannot_be_read_is_a_400_naming_it_not_a_key_for_the_caller()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/apikeys")
        {
            Content = new StringContent("{name:x, adminUserGuid:not-a-guid}", Encoding.UTF8, "application/jsv"),
        };

        var refused = await Client.SendAsync(request);

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest), refused.ToString());
        Assert.That(refused.ErrorFields, Does.Contain("AdminUserGuid"), refused.ToString());
    }

    [Test]
    public async Task Nested_xml_elements_out_of_order_are_read_too()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var created = await PostXmlAsync("/api/services",
            $"<CreateService xmlns=\"{Namespace}\"><SystemUser><Password>S3cret-pass</Password><Email>it@{domain}</Email></SystemUser>" +
            $"<ResellerGuid>{setup.Reseller:D}</ResellerGuid><PrimaryDomain>{domain}</PrimaryDomain></CreateService>");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), await created.Content.ReadAsStringAsync());
        Assert.That(Element(await created.Content.ReadAsStringAsync(), "AdminUsername"), Is.EqualTo($"it@{domain}"));
    }

    private async Task<HttpResponseMessage> PostXmlAsync(string path, string xml)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(xml, Encoding.UTF8, "application/xml") };
        request.Headers.Accept.ParseAdd("application/xml");
        return await Client.Http.SendAsync(request);
    }

    private static string Element(string xml, string name)
    {
        var start = xml.IndexOf($"<{name}>", StringComparison.Ordinal) + name.Length + 2;
        return xml[start..xml.IndexOf($"</{name}>", start, StringComparison.Ordinal)];
    }
}
