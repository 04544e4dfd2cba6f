using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// The TypeScript round trip with ServiceStack's own tools, against the host on a loopback port:
/// @servicestack/cli's typescript-ref adds the reference, tsc --strict compiles it with a scenario
/// that drives the host through @servicestack/client (with an API key, then signed in with the generated
/// Authenticate and its session cookie alone), and typescript-ref updates the file in place
/// after an option in its header is uncommented. Each stage is reported as its own test.
/// </summary>
[Category("Node")]
[Parallelizable(ParallelScope.Self)] // a host of its own; the tools work in a folder of their own
public sealed class TypeScriptReferenceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly Dictionary<string, (bool Ok, string Detail)> _stages = [];
    private readonly Dictionary<string, (bool Ok, string Detail)> _scenario = [];
    private TestHost? _host;
    private string? _work;
    private string _added = "";
    private string _updated = "";

    [OneTimeSetUp]
    public async Task RunTheTools()
    {
        var node = ExternalTool.Require("node");
        var npx = ExternalTool.Require("npx");
        var directory = ExternalTool.SourceDirectory("TypeScriptRef");
        await NpmPackages.EnsureInstalledAsync(directory);
        var tsc = Path.Combine(directory, "node_modules", "typescript", "bin", "tsc");

        _host = new TestHost(new TestHostOptions { ListenOnLoopback = true });
        var apiBase = new Uri(_host.BaseAddress!, "api").ToString();
        _work = Path.Combine(directory, $"generated-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_work);
        File.Copy(Path.Combine(directory, "scenario.ts"), Path.Combine(_work, "scenario.ts"));
        var dtos = Path.Combine(_work, "dtos.ts");
        string[] compile = [tsc, "--strict", "--strictPropertyInitialization", "false", "--target", "es2020", "--module", "esnext",
            "--moduleResolution", "bundler", "--skipLibCheck", "--outDir", "out", "dtos.ts", "scenario.ts"];

        if (!await Stage("add", () => NativeTypesTool.RunAsync(npx, ["--no", "typescript-ref", apiBase, "dtos.ts"], _work, Timeout), () => File.Exists(dtos)))
            return;
        _added = await File.ReadAllTextAsync(dtos);
        if (!await Stage("compile", () => NativeTypesTool.RunAsync(node, compile, _work, Timeout)))
            return;

        var (_, output) = await NativeTypesTool.RunAsync(node,
            [Path.Combine("out", "scenario.js"), apiBase, _host.SuperUserApiKey, _host.SuperUserEmail, _host.SuperUserPassword], _work, Timeout);
        foreach (var line in output.Split('\n').Where(l => l.StartsWith('{')))
        {
            var result = JsonNode.Parse(line)!;
            _scenario[result["name"]!.GetValue<string>()] = (result["ok"]!.GetValue<bool>(), result["detail"]!.GetValue<string>());
        }
        _stages["scenario-output"] = (true, output);

        // Uncomment two options in the header, as a user would, and let the CLI send them back.
        await File.WriteAllTextAsync(dtos, _added
            .Replace("//MakePropertiesOptional: False", "MakePropertiesOptional: True")
            .Replace("//ExcludeTypes: \n", "ExcludeTypes: Ping\n"));
        if (!await Stage("update", () => NativeTypesTool.RunAsync(npx, ["--no", "typescript-ref", "dtos.ts"], _work, Timeout)))
            return;
        _updated = await File.ReadAllTextAsync(dtos);
        // The scenario relies on required properties; the updated DTOs (all optional now) compile on their own.
        await Stage("compile-updated", () => NativeTypesTool.RunAsync(node, [.. compile.Where(a => a != "scenario.ts")], _work, Timeout));
    }

    private async Task<bool> Stage(string name, Func<Task<(int ExitCode, string Output)>> run, Func<bool>? check = null)
    {
        var (exitCode, output) = await run();
        var ok = exitCode == 0 && (check?.Invoke() ?? true);
        _stages[name] = (ok, $"exit {exitCode}\n{output}");
        return ok;
    }

    [OneTimeTearDown]
    public async Task CleanUp()
    {
        NativeTypesTool.DeleteDirectory(_work);
        if (_host is not null) await _host.DisposeAsync();
    }

    private void AssertStage(string name)
    {
        Assert.That(_stages.TryGetValue(name, out var stage), Is.True, $"'{name}' did not run:\n{string.Join("\n", _stages.Select(s => $"{s.Key}: {s.Value.Detail}"))}");
        Assert.That(stage.Ok, Is.True, stage.Detail);
    }

    [Test]
    public void TypeScriptRef_adds_the_reference_with_the_api_base_url()
    {
        AssertStage("add");
        Assert.That(_added, Does.StartWith("/* Options:"));
        Assert.That(_added, Does.Contain($"\nBaseUrl: {new Uri(_host!.BaseAddress!, "api")}\n"));
        Assert.That(_added, Does.Contain("// @Route(\"/services\", \"POST\")\nexport class CreateService implements IReturn<CreateServiceResponse>"));
    }

    [Test]
    public void TypeScriptRef_output_compiles_with_tsc_strict()
    {
        AssertStage("compile");
    }

    [TestCase("setup")]
    [TestCase("collection-access")]
    [TestCase("create-service")]
    [TestCase("add-sku")]
    [TestCase("sign-in")]
    [TestCase("who-am-i")]
    [TestCase("cookie-only-call")]
    [TestCase("logout")]
    public void TypeScriptRef_scenario_step_succeeds_with_the_generated_dtos(string step)
    {
        AssertStage("compile");
        Assert.That(_scenario.TryGetValue(step, out var result), Is.True, $"'{step}' did not run.\n{_stages.GetValueOrDefault("scenario-output").Detail}");
        Assert.That(result.Ok, Is.True, result.Detail);
    }

    [Test]
    public void TypeScriptRef_update_applies_the_uncommented_options()
    {
        AssertStage("update");
        Assert.Multiple(() =>
        {
            Assert.That(_updated, Does.Contain("\nMakePropertiesOptional: True\n"));
            Assert.That(_updated, Does.Contain("\nExcludeTypes: Ping\n"));
            Assert.That(_updated, Does.Contain("    public primaryDomain?: string;"));
            Assert.That(_updated, Does.Not.Contain("export class Ping "));
            Assert.That(_updated, Does.Contain("export class CreateService "));
        });
    }

    [Test]
    public void TypeScriptRef_updated_output_compiles_with_tsc_strict()
    {
        AssertStage("compile-updated");
    }
}
