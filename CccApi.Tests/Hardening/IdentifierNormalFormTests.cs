using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Codes (collection and service codes) are letters, digits, dots and hyphens, stored lower-case; a primary
/// domain may be international and is stored in its ASCII (punycode) form. Each form is what the unique
/// indexes compare, so spellings of one code or domain are one.
/// </summary>
public sealed class IdentifierNormalFormTests : ApiTest
{
    private static string Token() => Guid.NewGuid().ToString("N")[..10];

    [TestCase("has space")]
    [TestCase("under_score")]
    [TestCase("-leading")]
    [TestCase("trailing.")]
    [TestCase("ünï")]
    [TestCase("Ｃｏｄｅ")]
    public async Task A_code_outside_letters_digits_dots_and_hyphens_is_a_400(string code)
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var collection = await Client.PostAsync($"/api/resellers/{setup.Reseller:N}/collections",
            new { siteGuid = setup.Site, name = "Collection", collectionCode = code, servicesApiBaseUrl = "https://c.example.com" });
        var service = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode = code });

        ApiAssert.IsError(collection, HttpStatusCode.BadRequest, "RegularExpression", "CollectionCode");
        ApiAssert.IsError(service, HttpStatusCode.BadRequest, "RegularExpression", "ServiceCode");
    }

    [Test]
    public async Task A_collection_code_is_stored_lower_case_and_its_upper_case_spelling_is_taken()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var code = "Eu-" + Token();
        object Body(string c) => new { siteGuid = setup.Site, name = "Collection", collectionCode = c, servicesApiBaseUrl = "https://c.example.com" };

        ApiAssert.IsOk(await Client.PostAsync($"/api/resellers/{setup.Reseller:N}/collections", Body(code)));
        var again = await Client.PostAsync($"/api/resellers/{setup.Reseller:N}/collections", Body(code.ToUpperInvariant()));

        ApiAssert.IsError(again, HttpStatusCode.Conflict, "Conflict", "CollectionCode");
        var listed = await Client.GetAsync($"/api/resellers/{setup.Reseller:N}/collections");
        Assert.That(listed.Body, Does.Contain($"\"collectionCode\":\"{code.ToLowerInvariant()}\""));
    }

    [Test]
    public async Task An_international_primary_domain_is_stored_as_punycode_and_its_other_spelling_is_taken()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var label = "bücher" + Token();
        var ascii = new System.Globalization.IdnMapping().GetAscii(label);

        var created = await Client.PostAsync("/api/services", new { primaryDomain = $"{label}.Example.com", resellerGuid = setup.Reseller });
        var again = await Client.PostAsync("/api/services", new { primaryDomain = $"{ascii}.example.com", resellerGuid = setup.Reseller });

        ApiAssert.IsOk(created);
        var service = await Client.GetAsync($"/api/services/{created.Guid("serviceGuid"):N}");
        Assert.That(service.Text("primaryDomain"), Is.EqualTo($"{ascii}.example.com"));
        ApiAssert.IsError(again, HttpStatusCode.Conflict, "Conflict", "PrimaryDomain");
    }
}
