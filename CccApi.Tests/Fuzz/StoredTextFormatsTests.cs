using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Fuzz;

/// <summary>Text a validator lets through is stored, and then every response format must be able to write it back.</summary>
[Category("Fuzz")]
public sealed class StoredTextFormatsTests : ApiTest
{
    [TestCase("\uFFFF")]
    [TestCase("\uFFFE")]
    [TestCase("\uFDD0")]
    public async Task A_unicode_noncharacter_in_a_name_is_a_400_naming_the_field(string noncharacter)
    {
        var result = await Client.PostAsync("/api/sites", new { name = Scenario.Unique("Site ") + noncharacter });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NoControlCharacters", "Name");
    }

    [TestCase("xml", true)]
    [TestCase("html", false)]
    [TestCase("csv", true)]
    [TestCase("jsv", true)]
    [TestCase("json", true)]
    public async Task A_site_named_with_unusual_unicode_is_read_back_in_every_format(string format, bool writesTextAsIs)
    {
        var name = Scenario.Unique("Site ") + " 😀 עברית e\u0301 Ｆｕｌｌ";
        var created = await Client.PostAsync("/api/sites", new { name });
        ApiAssert.IsOk(created);

        var read = await Client.GetAsync($"/api/sites/{created.Guid("siteGuid"):N}?format={format}");

        Assert.That(read.Status, Is.EqualTo(HttpStatusCode.OK), read.ToString());
        // Stored in its compatible form (é composed, full-width letters plain); HTML escapes what it writes,
        // the other formats carry the text itself.
        var stored = name.Normalize(System.Text.NormalizationForm.FormKC);
        Assert.That(stored, Does.EndWith("😀 עברית é Full"));
        Assert.That(read.Body, writesTextAsIs ? Does.Contain(stored) : Does.Contain("Site "));
    }
}
