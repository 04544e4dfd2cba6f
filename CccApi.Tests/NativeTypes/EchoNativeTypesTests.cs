using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// Genericity: a host that also loads the test-only echo API (ServiceHost:AdditionalAssemblies)
/// lists its operations and types in every /types/* with no change to the host, and they compile.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class EchoNativeTypesTests
{
    private TestHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost(new TestHostOptions
        {
            Settings = { ["ServiceHost:AdditionalAssemblies:0"] = typeof(EchoNativeTypesTests).Assembly.GetName().Name! },
        });
        _client = _host.CreateRawClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> SourceAsync(string language)
    {
        using var response = await _client.GetAsync($"/api/types/{language}");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return await response.Content.ReadAsStringAsync();
    }

    public static IEnumerable<TestCaseData> Expectations()
    {
        yield return new TestCaseData("csharp", new[]
        {
            "namespace CccApi.Tests.ExtraApi\n{", "[Route(\"/echo/{Id}\", \"GET,POST,PUT\")]", "[Route(\"/echo/{Id}/items/{Item}\", \"GET\")]",
            "public partial class Echo\n        : IReturn<EchoResponse>", "public partial class PutEchoNotes\n        : IReturnVoid, IPut",
            "Notes = new List<EchoChild>{};", "public virtual List<EchoChild> Notes { get; set; }", "public virtual Dictionary<string, string> Tags { get; set; }",
            "public virtual EchoKind? Kind { get; set; }", "public virtual List<int> Numbers { get; set; }", "public enum EchoKind\n    {\n        First,\n        Second,\n    }",
        });
        yield return new TestCaseData("typescript", new[]
        {
            "// @Route(\"/echo-notes/{Id}\", \"PUT\")\nexport class PutEchoNotes implements IReturnVoid, IPut", "export interface IPut\n{\n}",
            "public notes: EchoChild[];", "public tags: { [index: string]: string; };", "public kind?: EchoKind;", "public numbers: number[];",
            "public getMethod() { return 'PUT'; }", "public createResponse() {}", "export enum EchoKind\n{\n    First = 'First',",
        });
        yield return new TestCaseData("typescript.d", new[] { "interface PutEchoNotes extends IReturnVoid, IPut", "notes?: EchoChild[];", "type EchoKind = \"First\" | \"Second\";" });
        yield return new TestCaseData("js", new[] { "PutEchoNotes.prototype.getMethod = function () { return 'PUT'; };", "EchoKind[\"First\"] = \"First\";" });
        yield return new TestCaseData("python", new[]
        {
            "class PutEchoNotes(IReturnVoid, IPut):", "notes: List[EchoChild] = field(default_factory=list)", "tags: Dict[str, str] = field(default_factory=dict)",
            "kind: Optional[EchoKind] = None", "class EchoKind(str, Enum):\n    FIRST = 'First'",
        });
        yield return new TestCaseData("java", new[] { "public static class PutEchoNotes implements IReturnVoid, IPut", "public ArrayList<EchoChild> notes = null;", "public HashMap<String,String> tags = null;" });
        yield return new TestCaseData("kotlin", new[] { "open class PutEchoNotes : IReturnVoid, IPut", "var notes:ArrayList<EchoChild> = ArrayList<EchoChild>()", "enum class EchoKind" });
        yield return new TestCaseData("swift", new[] { "public class PutEchoNotes : IReturnVoid, IPut, Codable", "public var notes:[EchoChild] = []", "public var kind:EchoKind?" });
        yield return new TestCaseData("dart", new[] { "class PutEchoNotes implements IReturnVoid, IConvertible, IPut", "List<EchoChild>? notes;", "'PutEchoNotes': TypeInfo(TypeOf.Class, create:() => PutEchoNotes())," });
        yield return new TestCaseData("fsharp", new[] { "namespace rec ", "type PutEchoNotes() = \n        interface IReturnVoid\n        interface IPut", "member val Notes:ResizeArray<EchoChild> = new ResizeArray<EchoChild>() with get,set" });
        yield return new TestCaseData("vbnet", new[] { "Namespace CccApi.Tests.ExtraApi", "Implements IReturnVoid, IPut", "Public Overridable Property Notes As List(Of EchoChild)", "Public Overridable Property [When] As Nullable(Of Date)" });
    }

    [TestCaseSource(nameof(Expectations))]
    public async Task The_echo_api_appears_in_the_language(string language, string[] expected)
    {
        var source = await SourceAsync(language);
        Assert.Multiple(() =>
        {
            foreach (var text in expected) Assert.That(source, Does.Contain(text));
            foreach (var name in new[] { "EchoResponse", "EchoChild", "EchoLiteral", "EchoWildcard" }) Assert.That(source, Does.Contain(name));
            Assert.That(source, Does.Contain("CreateService"), "the CCC operations are still there");
        });
    }

    [Test]
    public async Task The_echo_api_appears_in_the_metadata_document()
    {
        var json = JsonNode.Parse(await SourceAsync("metadata"))!;
        var operation = json["operations"]!.AsArray().Single(o => o!["request"]!["name"]!.GetValue<string>() == "PutEchoNotes")!;
        var echo = json["operations"]!.AsArray().Single(o => o!["request"]!["name"]!.GetValue<string>() == "Echo")!;
        Assert.Multiple(() =>
        {
            Assert.That(json["namespaces"]!.AsArray().Select(n => n!.GetValue<string>()), Does.Contain("CccApi.Tests.ExtraApi"));
            Assert.That(operation["returnsVoid"]!.GetValue<bool>(), Is.True);
            Assert.That(operation["method"]!.GetValue<string>(), Is.EqualTo("PUT"));
            Assert.That(operation["request"]!["implements"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("IPut"));
            Assert.That(operation["routes"]![0]!["path"]!.GetValue<string>(), Is.EqualTo("/echo-notes/{Id}"));
            Assert.That(echo["routes"]!.AsArray().Select(r => r!["verbs"]!.GetValue<string>()), Is.EqualTo(new[] { "GET,POST,PUT", "GET" }));
            Assert.That(json["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()), Does.Contain("EchoKind").And.Contain("EchoChild"));
        });
    }

    [TestCase("csharp", "dtos.cs")]
    [TestCase("fsharp", "dtos.fs")]
    [TestCase("vbnet", "dtos.vb")]
    public async Task The_echo_dtos_compile_with_the_sdk(string language, string file)
    {
        var (exitCode, output) = await Compilers.DotNetAsync(language, new Dictionary<string, string> { [file] = await SourceAsync(language) });
        Assert.That(exitCode, Is.Zero, output);
    }

    [Test]
    public async Task The_echo_dtos_compile_with_python_and_javac()
    {
        var python = await Compilers.PythonAsync(await SourceAsync("python"));
        var java = await Compilers.JavaAsync(await SourceAsync("java"));
        Assert.Multiple(() =>
        {
            Assert.That(python.ExitCode, Is.Zero, python.Output);
            Assert.That(java.ExitCode, Is.Zero, java.Output);
        });
    }
}
