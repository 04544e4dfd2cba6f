using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.OpenApi;

/// <summary>
/// Swagger UI as a person uses it: headless Chromium (driven by playwright-core from
/// SwaggerUiBrowser/, never downloading a browser) opens /api/swagger-ui/, expands CreateService,
/// runs "Try it out" with a valid body and sees the 200 response; the screenshot is kept.
/// </summary>
[Category("Chromium")]
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class SwaggerUiBrowserTests
{
    [Test]
    public async Task Swagger_ui_try_it_out_creates_a_service_against_this_host()
    {
        var chromium = ExternalTool.Require("chromium", "chromium-browser", "/usr/bin/chromium");
        var node = ExternalTool.Require("node");
        var directory = ExternalTool.SourceDirectory("SwaggerUiBrowser");
        await NpmPackages.EnsureInstalledAsync(directory);

        await using var host = new TestHost(new TestHostOptions { ListenOnLoopback = true });
        using var client = host.CreateClient();
        var setup = await new Scenario(client).ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        var body = new JsonObject { ["primaryDomain"] = domain, ["resellerGuid"] = setup.Reseller.ToString() }.ToJsonString();
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "swagger-ui-try-it-out.png");

        var (exitCode, output, error) = await ExternalTool.RunAsync(node,
            ["try-it-out.mjs", chromium, host.BaseAddress!.ToString(), "services", "CreateServiceservices_Post", body, screenshot, $"Bearer {host.SuperUserApiKey}"],
            directory, TimeSpan.FromMinutes(3));
        if (File.Exists(screenshot)) TestContext.AddTestAttachment(screenshot, "Swagger UI after Try it out on CreateService");

        var line = output.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        Assert.That(line, Is.Not.Null, $"exit {exitCode}\n{output}\n{error}");
        var report = JsonNode.Parse(line!)!;
        Assert.That(report["ok"]!.GetValue<bool>(), Is.True, report.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(report["requestUrl"]!.GetValue<string>(), Is.EqualTo(host.BaseAddress + "api/services"));
            Assert.That(report["status"]!.GetValue<string>(), Is.EqualTo("200"), report.ToJsonString());
            Assert.That(File.Exists(screenshot), Is.True, screenshot);
        });
        var created = JsonNode.Parse(report["body"]!.GetValue<string>())!;
        var service = await client.GetAsync($"/api/services/{created["serviceGuid"]!.GetValue<string>()}");
        Assert.That(service.Text("primaryDomain"), Is.EqualTo(domain));
    }
}
