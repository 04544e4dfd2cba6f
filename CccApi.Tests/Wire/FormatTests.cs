using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Wire;

public sealed class FormatTests : ApiTest
{
    private static readonly XNamespace DtoNamespace = "http://schemas.datacontract.org/2004/07/CccApi.ServiceModel";

    private async Task<(Guid Reseller, Guid Service)> ServiceAsync()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        return (setup.Reseller, await Given.ServiceAsync(setup.Reseller));
    }

    private async Task<ApiResult> RawAsync(HttpMethod method, string path, string? body = null, string? contentType = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Client.Http.SendAsync(request);
        return new ApiResult(response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType, response.Headers)
        { ContentDisposition = response.Content.Headers.TryGetValues("Content-Disposition", out var values) ? values.Single() : null };
    }

    [Test]
    public async Task Xml_is_datacontract_xml_with_dashed_guids()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var result = await RawAsync(HttpMethod.Post, "/api/services?format=xml",
            $"{{\"primaryDomain\":\"{Scenario.UniqueDomain()}\",\"resellerGuid\":\"{setup.Reseller:N}\"}}", "application/json");

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.ContentType!.MediaType, Is.EqualTo("application/xml"));
        var root = XDocument.Parse(result.Body).Root!;
        Assert.That(root.Name, Is.EqualTo(DtoNamespace + "CreateServiceResponse"));
        Assert.That(Guid.TryParseExact(root.Element(DtoNamespace + "ServiceGuid")!.Value, "D", out _), Is.True);
        Assert.That(root.Element(DtoNamespace + "ServiceStatus")!.Value, Is.EqualTo("TrialActive"));
        Assert.That(result.Body, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    }

    [Test]
    public async Task Jsv_is_servicestack_jsv()
    {
        var (_, service) = await ServiceAsync();
        var result = await RawAsync(HttpMethod.Get, $"/api/services/{service:N}?format=jsv");

        Assert.That(result.ContentType!.MediaType, Is.EqualTo("application/jsv"));
        Assert.That(result.Body, Does.StartWith($"{{serviceGuid:{service:N},"));
    }

    [Test]
    public async Task Csv_is_an_attachment_named_after_the_operation()
    {
        var (_, service) = await ServiceAsync();
        var result = await RawAsync(HttpMethod.Get, $"/api/services/{service:N}?format=csv");

        Assert.That(result.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(result.ContentDisposition, Does.Match("^attachment; ?filename=\"GetService.csv\"$"));
        var lines = result.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("ResponseStatus,ServiceGuid,Name,Status"));
        Assert.That(lines[1], Does.Contain(service.ToString("N")));
    }

    [Test]
    public async Task Html_is_a_readable_page_of_the_response()
    {
        var (_, service) = await ServiceAsync();
        var result = await RawAsync(HttpMethod.Get, $"/api/services/{service:N}", accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        Assert.That(result.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(result.Body, Does.Contain("<h1>GetService</h1>"));
        Assert.That(result.Body, Does.Contain($"<td>{service:N}</td>"));
    }

    [Test]
    public async Task An_unknown_format_is_a_400()
    {
        var result = await RawAsync(HttpMethod.Get, "/api/ping?format=yaml");

        Assert.That(result.StatusCode, Is.EqualTo(400));
        Assert.That(result.ErrorCode, Is.EqualTo("NotSupportedException"));
    }

    [TestCase(".json", "application/json")]
    [TestCase(".xml", "application/xml")]
    [TestCase(".jsv", "application/jsv")]
    [TestCase(".csv", "text/csv")]
    public async Task A_suffix_on_the_route_chooses_the_format(string suffix, string mediaType)
    {
        var (_, service) = await ServiceAsync();
        var result = await RawAsync(HttpMethod.Get, $"/api/services/{service:N}{suffix}");

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
        Assert.That(result.ContentType!.MediaType, Is.EqualTo(mediaType));
    }

    [TestCase("application/xml", "application/xml")]
    [TestCase("text/csv", "text/csv")]
    [TestCase("application/jsv;q=0.1, application/xml", "application/jsv")]
    [TestCase("*/*", "application/json")]
    [TestCase("image/png", "application/json")]
    public async Task The_accept_header_chooses_the_format_ignoring_q_values(string accept, string mediaType)
    {
        var result = await RawAsync(HttpMethod.Get, "/api/ping", accept: accept);

        Assert.That(result.ContentType!.MediaType, Is.EqualTo(mediaType));
        Assert.That(result.Headers.Vary, Does.Contain("Accept"));
    }

    [Test]
    public async Task Negotiation_order_is_callback_then_format_then_suffix_then_accept()
    {
        var callbackBeatsFormat = await RawAsync(HttpMethod.Get, "/api/ping.xml?format=jsv&callback=cb", accept: "text/csv");
        var formatBeatsSuffix = await RawAsync(HttpMethod.Get, "/api/ping.xml?format=jsv", accept: "text/csv");
        var suffixBeatsAccept = await RawAsync(HttpMethod.Get, "/api/ping.xml", accept: "text/csv");

        Assert.That(callbackBeatsFormat.Body, Does.StartWith("cb({"));
        Assert.That(formatBeatsSuffix.ContentType!.MediaType, Is.EqualTo("application/jsv"));
        Assert.That(suffixBeatsAccept.ContentType!.MediaType, Is.EqualTo("application/xml"));
    }

    [Test]
    public async Task Request_bodies_are_read_in_xml_jsv_csv_and_form_by_content_type()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        string[] domains = [Scenario.UniqueDomain(), Scenario.UniqueDomain(), Scenario.UniqueDomain(), Scenario.UniqueDomain()];
        var xml = await RawAsync(HttpMethod.Post, "/api/services",
            $"<CreateService xmlns=\"{DtoNamespace.NamespaceName}\"><PrimaryDomain>{domains[0]}</PrimaryDomain><ResellerGuid>{setup.Reseller}</ResellerGuid></CreateService>",
            "application/xml");
        var jsv = await RawAsync(HttpMethod.Post, "/api/services", $"{{PrimaryDomain:{domains[1]},ResellerGuid:{setup.Reseller:N},ContactInfo:{{Name:Pat,Email:pat@example.com,PhoneNumber:1}}}}", "application/jsv");
        var csv = await RawAsync(HttpMethod.Post, "/api/services", $"PrimaryDomain,ResellerGuid\r\n{domains[2]},{setup.Reseller:N}\r\n", "text/csv");
        var form = await RawAsync(HttpMethod.Post, "/api/services", $"PrimaryDomain={domains[3]}&ResellerGuid={setup.Reseller:N}", "application/x-www-form-urlencoded");

        foreach (var (result, domain) in new[] { xml, jsv, csv, form }.Zip(domains))
        {
            Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
            Assert.That(result.Text("adminUsername"), Is.EqualTo($"admin@{domain}"));
        }
    }

    [Test]
    public async Task Wrong_types_in_jsv_and_xml_bodies_are_400s()
    {
        var service = (await ServiceAsync()).Service;
        var jsv = await RawAsync(HttpMethod.Post, $"/api/services/{service:N}/skus", "{Quantity:abc}", "application/jsv");
        var xml = await RawAsync(HttpMethod.Post, $"/api/services/{service:N}/skus",
            $"<CreateServiceSku xmlns=\"{DtoNamespace.NamespaceName}\"><Quantity>abc</Quantity></CreateServiceSku>", "application/xml");

        Assert.That(jsv.StatusCode, Is.EqualTo(400));
        Assert.That(jsv.ErrorFields, Is.EqualTo(new[] { "Quantity" }));
        Assert.That(xml.StatusCode, Is.EqualTo(400));
        Assert.That(xml.ErrorCode, Is.EqualTo("SerializationException"));
    }

    [Test]
    public async Task An_unsupported_content_type_is_a_415()
    {
        var result = await RawAsync(HttpMethod.Post, "/api/partners", "name=x", "text/plain");

        Assert.That(result.StatusCode, Is.EqualTo(415));
        Assert.That(result.ErrorCode, Is.EqualTo("UnsupportedMediaType"));
    }
}
