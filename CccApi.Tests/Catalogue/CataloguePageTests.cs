using System.Net;
using CccApi.Tests.Infrastructure;
using CccApi.Tests.Metadata;

namespace CccApi.Tests.Catalogue;

/// <summary>
/// Each catalogue operation's page against what the original's page shows (<see cref="CataloguePages"/>): its
/// routes, and its tables row by row (name, parameter kind, data type, required, description, allowable values)
/// with no row more or less.
/// </summary>
public sealed class CataloguePageTests : ApiTest
{
    private static IEnumerable<PageFacts> Pages => CataloguePages.All;

    [TestCaseSource(nameof(Pages))]
    public async Task The_routes_are_the_originals(PageFacts facts)
    {
        var page = await Client.Http.GetPageAsync($"/api/json/metadata?op={facts.Operation}", MetadataPageClient.SeedHost);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        var missing = PageText.MissingInOrder([facts.Operation, "The following routes are available for this service:", .. facts.RouteLines], page.Lines);
        Assert.That(missing, Is.Empty, () => "Missing:\n" + string.Join("\n", missing) + "\n--- page:\n" + string.Join("\n", page.Lines));
    }

    [TestCaseSource(nameof(Pages))]
    public async Task The_tables_are_the_originals_row_by_row(PageFacts facts)
    {
        var page = await Client.Http.GetPageAsync($"/api/json/metadata?op={facts.Operation}", MetadataPageClient.SeedHost);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        Assert.That(PageFacts.TablesText(page.Lines), Is.EqualTo(facts.TablesText()), () => string.Join("\n", page.Lines));
    }
}
