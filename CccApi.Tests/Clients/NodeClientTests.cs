using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Clients;

/// <summary>
/// ServiceStack's own npm client (@servicestack/client JsonServiceClient), run by Node against the
/// host on a loopback port, with its defaults at two base URLs and with useBasePath() (the
/// /api/json/reply routes). Each scenario step is reported as its own test.
/// </summary>
[Category("Node")]
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class NodeClientTests
{
    private static readonly string[] Configurations = ["default-client-site-root", "default-client-api-base", "base-path-json-reply"];
    private static readonly string[] Steps =
    [
        "setup", "collection-access", "duplicate-collection-access-is-409", "create-service", "add-sku", "read-back", "invalid-request-names-the-field",
    ];

    private TestHost? _host;
    private Dictionary<string, (bool Ok, string Detail)> _results = [];
    private string _transcript = "";

    public static IEnumerable<string> Scenarios => Configurations.SelectMany(c => Steps.Select(s => $"{c}/{s}"));

    [OneTimeSetUp]
    public async Task RunNodeClient()
    {
        var node = ExternalTool.Require("node");
        var directory = ExternalTool.SourceDirectory("NodeClient");
        await NpmPackages.EnsureInstalledAsync(directory);

        _host = new TestHost(new TestHostOptions { ListenOnLoopback = true });
        var (exitCode, output, error) = await ExternalTool.RunAsync(node, ["scenarios.mjs", _host.BaseAddress!.ToString(), _host.SuperUserApiKey], directory, TimeSpan.FromMinutes(2));
        _transcript = $"exit {exitCode}\n{output}\n{error}";
        _results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!)
            .ToDictionary(r => r["name"]!.GetValue<string>(), r => (r["ok"]!.GetValue<bool>(), r["detail"]!.GetValue<string>()));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [TestCaseSource(nameof(Scenarios))]
    public void Scenario_step_succeeds_through_the_servicestack_client(string scenario)
    {
        Assert.That(_results.TryGetValue(scenario, out var result), Is.True, $"'{scenario}' did not run.\n{_transcript}");
        Assert.That(result.Ok, Is.True, result.Detail);
    }
}
