using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Names are stored in one normal form (NFKC, trimmed, inner white space one space), so look-alikes are
/// the same name to the uniqueness rules; invisible format characters are refused, naming the field.
/// </summary>
public sealed class NameNormalFormTests : ApiTest
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    [TestCase("\u200B", TestName = "a zero-width space")]
    [TestCase("\uFEFF", TestName = "a byte order mark")]
    [TestCase("\u200F", TestName = "a right-to-left mark")]
    [TestCase("\u202E", TestName = "a bidi override")]
    [TestCase("\u00AD", TestName = "a soft hyphen")]
    public async Task A_name_with_an_invisible_format_character_is_a_400(string invisible)
    {
        var result = await Client.PostAsync("/api/partners", new { name = $"Acme{invisible}{Unique()}" });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NoFormatCharacters", "Name");
    }

    [Test]
    public async Task A_name_is_stored_trimmed_with_single_spaces_and_in_its_compatible_form()
    {
        var unique = Unique();
        var created = await Client.PostAsync("/api/sites", new { name = $"  Ｓｉｔｅ \u00A0  {unique}   ", providerName = "Test", jurisdiction = "US", endpoint = "https://s.example.com" });
        ApiAssert.IsOk(created);

        var site = await Client.GetAsync($"/api/sites/{created.Guid("siteGuid"):N}");

        Assert.That(site.Body, Does.Contain($"\"name\":\"Site {unique}\""));
    }

    [TestCase("\u212Aelvin {0}", "kelvin {0}", TestName = "the Kelvin sign is a K")]
    [TestCase("Ａｃｍｅ {0}", "acme {0}", TestName = "full-width letters are letters")]
    [TestCase("Acme   {0}", " Acme {0}", TestName = "spaces are trimmed and collapsed")]
    [TestCase("ﬁne {0}", "fine {0}", TestName = "a ligature is its letters")]
    [TestCase("Äpfel {0}", "äpfel {0}", TestName = "letters beyond ASCII compare without case")]
    [TestCase("ΣΟΦΙΣ {0}", "σοφις {0}", TestName = "a capital sigma is its final form")]
    public async Task Look_alike_partner_names_are_the_same_name(string first, string second)
    {
        var unique = Unique();
        ApiAssert.IsOk(await Client.PostAsync("/api/partners", new { name = string.Format(first, unique) }));

        var again = await Client.PostAsync("/api/partners", new { name = string.Format(second, unique) });

        ApiAssert.IsError(again, HttpStatusCode.Conflict, "Conflict", "Name");
    }

    [Test]
    public async Task Look_alike_site_names_are_the_same_name()
    {
        var unique = Unique();
        ApiAssert.IsOk(await Client.PostAsync("/api/sites", Site($"Zürich {unique}")));

        var again = await Client.PostAsync("/api/sites", Site($"ZÜRICH  {unique}"));

        ApiAssert.IsError(again, HttpStatusCode.Conflict, "Conflict", "Name");
    }

    [Test]
    public async Task Look_alike_service_names_are_the_same_name_and_a_format_character_is_a_400()
    {
        var setup = await new Scenario(Client).ResellerWithCollectionAsync();
        var unique = Unique();
        ApiAssert.IsOk(await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = $"Ｍüller {unique}" }));

        var again = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = $" MÜLLER {unique}" });
        var invisible = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = $"Müller\u200D{unique}" });

        ApiAssert.IsError(again, HttpStatusCode.Conflict, "Conflict", "ServiceName");
        ApiAssert.IsError(invisible, HttpStatusCode.BadRequest, "NoFormatCharacters", "ServiceName");
    }

    private static object Site(string name) => new { name, providerName = "Test", jurisdiction = "US", endpoint = "https://s.example.com" };
}
