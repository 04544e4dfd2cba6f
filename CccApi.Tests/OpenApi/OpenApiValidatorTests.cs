using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.OpenApi;

/// <summary>
/// A validator we did not write: @apidevtools/swagger-parser (pinned in OpenApiValidation/) validates
/// both documents as fetched from the host on a loopback port: the official schemas, $refs, and the
/// spec's semantic rules (unique operationIds, path parameters declared and required...).
/// </summary>
[Category("Node")]
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class OpenApiValidatorTests
{
    private TestHost? _host;
    private Dictionary<string, (bool Ok, string Detail)> _results = [];
    private string _transcript = "";

    [OneTimeSetUp]
    public async Task ValidateDocuments()
    {
        var node = ExternalTool.Require("node");
        var directory = ExternalTool.SourceDirectory("OpenApiValidation");
        await NpmPackages.EnsureInstalledAsync(directory);

        _host = new TestHost(new TestHostOptions { ListenOnLoopback = true });
        var root = _host.BaseAddress!.ToString().TrimEnd('/');
        var (exitCode, output, error) = await ExternalTool.RunAsync(node, ["validate.mjs", $"{root}/api/openapi", $"{root}/api/openapi.json"],
            directory, TimeSpan.FromMinutes(2));
        _transcript = $"exit {exitCode}\n{output}\n{error}";
        _results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!)
            .ToDictionary(r => new Uri(r["url"]!.GetValue<string>()).AbsolutePath, r => (r["ok"]!.GetValue<bool>(), r["detail"]!.GetValue<string>()));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [TestCase("/api/openapi", "valid 2.0")]
    [TestCase("/api/openapi.json", "valid 3.1.0")]
    public void OpenApi_document_passes_swagger_parser_validation(string path, string version)
    {
        Assert.That(_results.TryGetValue(path, out var result), Is.True, $"{path} was not validated.\n{_transcript}");
        Assert.That(result.Ok, Is.True, result.Detail);
        Assert.That(result.Detail, Does.StartWith(version));
    }
}
