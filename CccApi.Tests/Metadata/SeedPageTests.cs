using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Metadata;

/// <summary>Our JSON operation pages against the original host's pages (the seeds).</summary>
public sealed class SeedPageTests : ApiTest
{
    private static readonly string[] SeedOperations = ["CreateService", "CreateServiceSku", "ResellerCollectionAccess"];

    [TestCaseSource(nameof(SeedOperations))]
    public async Task Every_line_of_the_original_page_appears_on_ours(string operation)
    {
        var page = await Client.Http.GetPageAsync($"/api/json/metadata?op={operation}", MetadataPageClient.SeedHost);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        var missing = PageText.MissingInOrder(RepositoryFiles.SeedPage(operation), page.Lines);
        Assert.That(missing, Is.Empty, () => "Missing from our page:\n" + string.Join("\n", missing) + "\n--- our page:\n" + string.Join("\n", page.Lines));
    }

    [TestCaseSource(nameof(SeedOperations))]
    public async Task Our_page_has_the_lines_of_the_original_and_no_others(string operation)
    {
        var page = await Client.Http.GetPageAsync($"/api/json/metadata?op={operation}", MetadataPageClient.SeedHost);

        Assert.That(NonBlank(page.Lines), Is.EqualTo(NonBlank(RepositoryFiles.SeedPage(operation))));
    }

    [Test]
    public async Task The_operation_name_is_found_whatever_its_case()
    {
        var page = await Client.Http.GetPageAsync("/api/json/metadata?op=createservicesku");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(page.TrimmedLines, Does.Contain("CreateServiceSku"));
    }

    private static List<string> NonBlank(IEnumerable<string> lines) =>
        lines.Select(PageText.Normalize).Where(l => l.Length > 0).ToList();
}
