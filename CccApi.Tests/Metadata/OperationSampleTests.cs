using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Metadata;

/// <summary>
/// The sample exchange on the page of every operation of the metadata model, in each format with pages:
/// the request is shown as ServiceStack's pages show it, and the response sample holds every member.
/// </summary>
public sealed class OperationSampleTests : ApiTest
{
    private static readonly (string Name, string ContentType)[] Formats =
        [("json", "application/json"), ("xml", "application/xml"), ("jsv", "text/jsv"), ("csv", "text/csv")];

    private static readonly string[] VerbsWithBody = ["POST", "PUT", "PATCH"];

    private static ServiceMetadata Metadata => SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();

    [Test]
    public async Task A_get_or_delete_sample_request_is_only_its_request_line_host_and_accept()
    {
        var verbsShown = new HashSet<string>();
        using (Assert.EnterMultipleScope())
        {
            foreach (var operation in Metadata.Operations)
            {
                foreach (var (format, contentType) in Formats)
                {
                    var request = (await SamplesAsync(operation, format))[0];
                    var requestLine = request[..request.IndexOf('\n', StringComparison.Ordinal)];
                    var verb = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
                    verbsShown.Add(verb);
                    var where = $"{operation.Name} ({format}):\n{request}";

                    Assert.That(verb, Is.EqualTo(ExpectedVerb(operation)), where);
                    var headers = $"{requestLine}\nHost: {MetadataPageClient.SeedHost} \nAccept: {contentType}";
                    if (verb is "GET" or "DELETE")
                        Assert.That(request, Is.EqualTo(headers), where);
                    else
                        Assert.That(request, Does.StartWith(headers + $"\nContent-Type: {contentType}\nContent-Length: length\n\n").And.Length.GreaterThan(headers.Length + 50), where);
                }
            }
        }
        Assert.That(verbsShown, Is.SupersetOf(new[] { "GET", "POST", "PUT", "DELETE" }), "the operations exercise each kind of sample");
    }

    [Test]
    public async Task Every_member_of_a_response_type_appears_in_its_sample()
    {
        var checkedMembers = 0;
        using (Assert.EnterMultipleScope())
        {
            foreach (var operation in Metadata.Operations.Where(o => o.ResponseType is not null))
            {
                var shape = operation.ResponseModel ?? new ShapeFactory().GetShape(operation.ResponseType!);
                foreach (var (format, _) in Formats)
                {
                    var response = (await SamplesAsync(operation, format))[1];
                    var body = response[(response.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
                    var missing = new List<string>();
                    checkedMembers += MissingMembers(shape, SampleTree.Parse(format, body), operation.ResponseType!.Name, format == "xml", [], missing);

                    Assert.That(missing, Is.Empty, $"{operation.Name} ({format}):\n{body}");
                }
            }
        }
        Assert.That(checkedMembers, Is.GreaterThan(500));
    }

    /// <summary>An unset date, which responses leave out, is shown as the original's pages show it: the default date, in each format's date form.</summary>
    [TestCase("json", "\n  \"timestamp\": \"0001-01-01T00:00:00Z\",\n")]
    [TestCase("csv", "\n  \"timestamp\": \"0001-01-01T00:00:00Z\",\n")]
    [TestCase("jsv", "\n\ttimestamp: \"0001-01-01T00:00:00Z\",\n")]
    [TestCase("xml", "\n  <Timestamp>0001-01-01T00:00:00</Timestamp>\n")]
    public async Task The_ping_response_sample_shows_its_timestamp_as_the_default_date(string format, string line)
    {
        var ping = Metadata.Operations.Single(o => o.Name == "Ping");

        Assert.That((await SamplesAsync(ping, format))[1], Does.Contain(line));
    }

    /// <summary>The request line ServiceStack's pages choose: a verb that sends a body when any route takes one, else GET, then DELETE.</summary>
    private static string ExpectedVerb(OperationModel operation)
    {
        if (operation.Routes.Count == 0) return "POST";
        var verbs = operation.Routes.SelectMany(r => r.Verbs ?? ["POST"]).ToList();
        return VerbsWithBody.Concat(["GET", "DELETE"]).FirstOrDefault(verbs.Contains) ?? "POST";
    }

    /// <summary>
    /// Adds to <paramref name="missing"/> the path of each member of <paramref name="shape"/> that the sample
    /// lacks, at every level (a list's first item); returns how many members it found.
    /// </summary>
    private static int MissingMembers(ValueShape shape, SampleTree sample, string path, bool exactNames, HashSet<Type> enclosing, List<string> missing)
    {
        switch (shape)
        {
            case CollectionShape when sample.Children.Count == 0:
                missing.Add(path + "[0]");
                return 0;
            case CollectionShape collection:
                return MissingMembers(collection.Element, sample.Children[0].Value, path + "[0]", exactNames, enclosing, missing);
            case TypeModel model when enclosing.Add(model.Type): // a type is not shown inside itself
                var found = 0;
                var comparison = exactNames ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                foreach (var (name, property) in WireMembers.Of(model))
                {
                    var member = sample.Children.FirstOrDefault(c => string.Equals(c.Key, name, comparison));
                    if (member.Value is null)
                    {
                        missing.Add($"{path}.{name}");
                        continue;
                    }
                    found++;
                    found += MissingMembers(property.Shape, member.Value, $"{path}.{name}", exactNames, enclosing, missing);
                }
                enclosing.Remove(model.Type);
                return found;
            default:
                return 0;
        }
    }

    private async Task<IReadOnlyList<string>> SamplesAsync(OperationModel operation, string format)
    {
        var page = await Client.Http.GetPageAsync($"/api/{format}/metadata?op={operation.Name}", MetadataPageClient.SeedHost);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.ToString());
        var samples = ReferencePages.Samples(page.Html);
        Assert.That(samples, Has.Count.EqualTo(2), page.ToString());
        return samples;
    }
}
