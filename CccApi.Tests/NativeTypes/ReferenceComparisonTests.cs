using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// Each /types/* answer against what ServiceStack 8.4 answered for the same seed DTOs. CccApi has
/// more operations, so the seed operations are selected with IncludeTypes; types the reference host
/// met in another order (CccApi's CreateReseller meets ContactInfo first) are compared line for line
/// as a multiset, C# and VB.NET (sorted by name) exactly.
/// </summary>
public sealed class ReferenceComparisonTests : ApiTest
{
    public static IEnumerable<string> Languages => ReferenceFiles.ByLanguage.Keys;

    private async Task<(ApiResult Ours, string Reference, string ReferenceHeaders)> FetchAsync(string language)
    {
        var ours = await Client.GetAsync($"/api/types/{language}?IncludeTypes={Uri.EscapeDataString(ReferenceFiles.SeedOperations)}");
        Assert.That(ours.StatusCode, Is.EqualTo(200), ours.Body);
        var (headers, body) = ReferenceFiles.Read(ReferenceFiles.ByLanguage[language]);
        return (ours, body, headers);
    }

    [TestCaseSource(nameof(Languages))]
    public async Task Has_the_reference_content_type(string language)
    {
        var (ours, _, headers) = await FetchAsync(language);
        var expected = headers.Split("\r\n").Single(h => h.StartsWith("Content-Type:", StringComparison.Ordinal))["Content-Type:".Length..].Trim();
        Assert.That(ours.ContentType?.ToString(), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Languages))]
    public async Task Has_every_line_of_the_reference_and_no_other(string language)
    {
        var (ours, reference, _) = await FetchAsync(language);
        var expected = Lines(ReferenceFiles.Normalize(reference));
        var actual = Lines(ReferenceFiles.Normalize(ours.Body));
        var missing = Subtract(expected, actual);
        var extra = Subtract(actual, expected);
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "lines of the reference that are missing");
            Assert.That(extra, Is.Empty, "lines the reference does not have");
        });
    }

    [TestCase("csharp")]
    [TestCase("vbnet")]
    public async Task Is_the_reference_file_exactly(string language)
    {
        var (ours, reference, _) = await FetchAsync(language);
        Assert.That(ReferenceFiles.Normalize(ours.Body), Is.EqualTo(ReferenceFiles.Normalize(reference)));
    }

    [Test]
    public async Task Csharp_with_an_operation_wildcard_is_t17()
    {
        var ours = await Client.GetAsync("/api/types/csharp?IncludeTypes=CreateService.*");
        var (_, reference) = ReferenceFiles.Read("t17_GET_types_csharp_IncludeTypes_CreateService.http");
        Assert.That(Normalize(ours.Body), Is.EqualTo(Normalize(reference)));

        static string Normalize(string s) => ReferenceFiles.Normalize(s);
    }

    [Test]
    public async Task Metadata_operations_and_types_are_the_reference_ones()
    {
        var ours = JsonNode.Parse((await Client.GetAsync("/api/types/metadata")).Body)!;
        var (_, body) = ReferenceFiles.Read("t25_GET_types_metadata_format_json.http");
        var reference = JsonNode.Parse(body.Replace("Ccc.Api.ServiceModel", "CccApi.ServiceModel").Replace("\"/api/", "\"/"))!;

        foreach (var operation in reference["operations"]!.AsArray())
        {
            var name = operation!["request"]!["name"]!.GetValue<string>();
            var match = ours["operations"]!.AsArray().SingleOrDefault(o => o!["request"]!["name"]!.GetValue<string>() == name);
            Assert.That(match?.ToJsonString(), Is.EqualTo(operation.ToJsonString()), name);
        }
        foreach (var type in reference["types"]!.AsArray())
        {
            var name = type!["name"]!.GetValue<string>();
            var match = ours["types"]!.AsArray().SingleOrDefault(t => t!["name"]!.GetValue<string>() == name);
            Assert.That(match?.ToJsonString(), Is.EqualTo(type.ToJsonString()), name);
        }
        var referenceKeys = reference["config"]!.AsObject().Select(p => p.Key).ToList();
        var ourKeys = ours["config"]!.AsObject().Select(p => p.Key).Where(referenceKeys.Contains).ToList();
        Assert.That(ourKeys, Is.EqualTo(referenceKeys));
    }

    private static List<string> Lines(string source) =>
        source.Split('\n').Select(line => line.Contains(" = void 0;", StringComparison.Ordinal) ? SortExports(line) : line).ToList();

    // The JavaScript exports line lists the types in declaration order; compare the names.
    private static string SortExports(string line) =>
        string.Join(" = ", line.Replace(" = void 0;", "").Split(" = ").Order(StringComparer.Ordinal)) + " = void 0;";

    private static List<string> Subtract(List<string> from, List<string> remove)
    {
        var left = from.ToList();
        foreach (var line in remove) left.Remove(line);
        return left;
    }
}
