using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// /types/mjs imported by Node as an ES module with @servicestack/client (CccApi.Tests/NodeClient):
/// the DTOs carry what JsonServiceClient reads, and the client calls the host on a loopback port with
/// them. Each check is reported as its own test.
/// </summary>
[Category("Node")]
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class MjsNativeTypesTests
{
    private static readonly string[] Checks =
        ["request-shape", "derived-class-keeps-base-members", "enum-values", "calls-the-host", "errors-arrive-as-response-status"];

    private TestHost? _host;
    private string? _work;
    private Dictionary<string, (bool Ok, string Detail)> _results = [];
    private string _transcript = "";

    public static IEnumerable<string> CheckNames => Checks;

    [OneTimeSetUp]
    public async Task RunTheModule()
    {
        var node = ExternalTool.Require("node");
        var directory = ExternalTool.SourceDirectory("NodeClient");
        await NpmPackages.EnsureInstalledAsync(directory);

        _host = new TestHost(new TestHostOptions { ListenOnLoopback = true });
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var source = await http.GetStringAsync("/api/types/mjs");
        _work = NativeTypesTool.CreateTempDirectory("mjs");
        var dtos = Path.Combine(_work, "dtos.mjs");
        await File.WriteAllTextAsync(dtos, source);

        var (exitCode, output, error) = await ExternalTool.RunAsync(node, ["mjs-dtos.mjs", dtos, _host.BaseAddress!.ToString(), _host.SuperUserApiKey],
            directory, TimeSpan.FromMinutes(2));
        _transcript = $"exit {exitCode}\n{output}\n{error}";
        _results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!)
            .ToDictionary(r => r["name"]!.GetValue<string>(), r => (r["ok"]!.GetValue<bool>(), r["detail"]!.GetValue<string>()));
    }

    [OneTimeTearDown]
    public async Task CleanUp()
    {
        NativeTypesTool.DeleteDirectory(_work);
        if (_host is not null) await _host.DisposeAsync();
    }

    [TestCaseSource(nameof(CheckNames))]
    public void Mjs_dtos_work_with_the_servicestack_client(string check)
    {
        Assert.That(_results.TryGetValue(check, out var result), Is.True, $"'{check}' did not run.\n{_transcript}");
        Assert.That(result.Ok, Is.True, result.Detail);
    }
}
