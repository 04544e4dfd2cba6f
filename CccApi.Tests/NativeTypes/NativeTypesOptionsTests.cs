using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>The Options header of every language, and options sent back as query arguments.</summary>
public sealed class NativeTypesOptionsTests : ApiTest
{
    public static IEnumerable<TestCaseData> Headers()
    {
        yield return new TestCaseData("csharp", "/* Options:", "//", "[Route(\"/services\", \"POST\")]");
        yield return new TestCaseData("typescript", "/* Options:", "//", "// @Route(\"/services\", \"POST\")");
        yield return new TestCaseData("typescript.d", "/* Options:", "//", "// @Route(\"/services\", \"POST\")");
        yield return new TestCaseData("js", "/* Options:", "//", "CreateService.prototype.getMethod = function () { return 'POST'; };");
        yield return new TestCaseData("python", "\"\"\" Options:", "#", "# @Route(\"/services\", \"POST\")");
        yield return new TestCaseData("java", "/* Options:", "//", "@Route(Path=\"/services\", Verbs=\"POST\")");
        yield return new TestCaseData("kotlin", "/* Options:", "//", "@Route(Path=\"/services\", Verbs=\"POST\")");
        yield return new TestCaseData("swift", "/* Options:", "//", "// @Route(\"/services\", \"POST\")");
        yield return new TestCaseData("dart", "/* Options:", "//", "// @Route(\"/services\", \"POST\")");
        yield return new TestCaseData("fsharp", "(* Options:", "//", "[<Route(\"/services\", \"POST\")>]");
        yield return new TestCaseData("vbnet", "' Options:", "'''", "<Route(\"/services\", \"POST\")>");
    }

    [TestCaseSource(nameof(Headers))]
    public async Task Header_names_version_and_api_base_url_and_routes_are_declared(string language, string opening, string commented, string route)
    {
        var result = await Client.GetAsync($"/api/types/{language}");
        var prefix = language == "vbnet" ? "'" : "";
        Assert.Multiple(() =>
        {
            Assert.That(result.StatusCode, Is.EqualTo(200));
            Assert.That(result.Body, Does.StartWith(opening + "\n" + prefix + "Date: "));
            Assert.That(result.Body, Does.Contain($"\n{prefix}Version: 8.40\n"));
            Assert.That(result.Body, Does.Contain($"\n{prefix}BaseUrl: http://localhost/api\n"));
            Assert.That(result.Body, Does.Contain($"\n{commented}IncludeTypes: \n"));
            Assert.That(result.Body, Does.Contain(route));
            Assert.That(result.Body, Does.Not.Contain("/api/services"));
        });
    }

    [Test]
    public async Task Sent_options_are_uncommented_and_applied()
    {
        var body = (await Client.GetAsync("/api/types/csharp?MakePartial=false&MakeVirtual=false&AddReturnMarker=false&GlobalNamespace=My.Dtos&AddDescriptionAsComments=false")).Body;
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("\nMakePartial: False\n").And.Contain("\nMakeVirtual: False\n").And.Contain("\nGlobalNamespace: My.Dtos\n"));
            Assert.That(body, Does.Contain("\n//MakeInternal: False\n"), "options not sent stay commented");
            Assert.That(body, Does.Contain("namespace My.Dtos\n{\n"));
            Assert.That(body, Does.Contain("    public class CreateService\n    {\n"));
            Assert.That(body, Does.Contain("        public string PrimaryDomain { get; set; }"));
            Assert.That(body, Does.Not.Contain("IReturn<").And.Not.Contain("///<summary>"));
        });
    }

    [Test]
    public async Task Include_and_exclude_select_types()
    {
        var ping = (await Client.GetAsync("/api/types/csharp?IncludeTypes=Ping")).Body;
        var prefix = (await Client.GetAsync("/api/types/csharp?IncludeTypes=Create*&ExcludeTypes=CreateSite,CreatePartner")).Body;
        Assert.Multiple(() =>
        {
            Assert.That(ping, Does.Contain("public partial class Ping\n        : IReturn<PingResponse>"));
            Assert.That(ping, Does.Not.Contain("class PingResponse").And.Not.Contain("class CreateService"));
            Assert.That(prefix, Does.Contain("class CreateService\n").And.Contain("class CreateServiceSku\n").And.Contain("class CreateReseller\n"));
            Assert.That(prefix, Does.Not.Contain("class CreateSite\n").And.Not.Contain("class CreatePartner\n").And.Not.Contain("class Ping\n"));
        });
    }

    [Test]
    public async Task Typescript_makes_properties_optional_when_asked()
    {
        var body = (await Client.GetAsync("/api/types/typescript?MakePropertiesOptional=true&AddServiceStackTypes=false")).Body;
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("\nMakePropertiesOptional: True\n"));
            Assert.That(body, Does.Contain("    public primaryDomain?: string;"));
            Assert.That(body, Does.Not.Contain("export class ResponseStatus").And.Not.Contain("export interface IReturn<T>"));
        });
    }

    [Test]
    public async Task Typescript_declares_servicestack_response_types_it_references()
    {
        var body = (await Client.GetAsync("/api/types/typescript")).Body;
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("// @DataContract\nexport class ResponseStatus\n{\n    // @DataMember(Order=1)\n    public errorCode: string;"));
            Assert.That(body.IndexOf("export class ResponseStatus", StringComparison.Ordinal), Is.LessThan(body.IndexOf("export class BaseResponse", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task Csharp_answers_a_void_free_list_response_and_leaves_client_types_out()
    {
        var body = (await Client.GetAsync("/api/types/csharp")).Body;
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("public partial class GetResellerCollections\n        : IReturn<List<ResellerCollection>>"));
            Assert.That(body, Does.Contain("public partial class ServiceSkusPagedResponse\n        : BaseResponse\n    {\n        public ServiceSkusPagedResponse()\n        {\n            Results = new List<ServiceSku>{};\n        }\n"));
            Assert.That(body, Does.Not.Contain("class ResponseStatus").And.Not.Contain("class ErrorResponse").And.Not.Contain("class ResponseError"));
        });
    }
}
