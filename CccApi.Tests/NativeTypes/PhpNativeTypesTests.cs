using System.Text.Json.Nodes;
using CccApi.Tests.Framework;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>
/// /types/php parses with php -l for default and non-default options, and its DTOs run as the
/// servicestack/client package uses them (against a stub of the package's names).
/// </summary>
[Category("Php")]
public sealed class PhpNativeTypesTests : ApiTest
{
    private async Task<string> SourceAsync(string query)
    {
        var result = await Client.GetAsync("/api/types/php" + (query.Length > 0 ? "?" + query : ""));
        Assert.That(result.StatusCode, Is.EqualTo(200), result.Body);
        return result.Body;
    }

    [TestCase("")]
    [TestCase("GlobalNamespace=&MakePropertiesOptional=true&AddResponseStatus=true&AddImplicitVersion=2")]
    [TestCase("GlobalNamespace=My.Dtos&IncludeTypes=CreateService.*&AddDescriptionAsComments=false")]
    public async Task Php_dtos_pass_php_lint(string query)
    {
        var (exitCode, output) = await Compilers.PhpLintAsync(await SourceAsync(query));
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("No syntax errors detected"));
    }

    [Test]
    public async Task Php_dtos_build_a_request_and_read_its_response_as_the_client_does()
    {
        var (exitCode, output) = await Compilers.PhpRunAsync(await SourceAsync(""), "CreateService",
            """{"primaryDomain":"example.com","resellerGuid":"0b5c0a7e2d3f4e1a8b9c0d1e2f3a4b5c"}""",
            """{"serviceGuid":"9a2e0a7e2d3f4e1a8b9c0d1e2f3a4b5c","adminUsername":"admin@example.com"}""");
        Assert.That(exitCode, Is.Zero, output);
        var seen = JsonNode.Parse(output.Trim())!;
        Assert.Multiple(() =>
        {
            Assert.That(seen["implements"]!.AsArray().Select(i => i!.GetValue<string>()), Is.SupersetOf(new[] { "ServiceStack\\IReturn", "JsonSerializable" }));
            Assert.That(seen["typeName"]!.GetValue<string>(), Is.EqualTo("CreateService"));
            Assert.That(seen["method"]!.GetValue<string>(), Is.EqualTo("POST"));
            // Only what was set is sent, under the names the API reads.
            Assert.That(seen["body"]!.ToJsonString(), Is.EqualTo("""{"primaryDomain":"example.com","resellerGuid":"0b5c0a7e2d3f4e1a8b9c0d1e2f3a4b5c"}"""));
            Assert.That(seen["responseClass"]!.GetValue<string>(), Is.EqualTo("dtos\\CreateServiceResponse"));
            Assert.That(seen["response"]!["serviceGuid"]!.GetValue<string>(), Is.EqualTo("9a2e0a7e2d3f4e1a8b9c0d1e2f3a4b5c"));
            Assert.That(seen["response"]!["adminUsername"]!.GetValue<string>(), Is.EqualTo("admin@example.com"));
            Assert.That(seen["returns"]!.ToJsonString(), Is.EqualTo("""[["CreateServiceResponse"]]"""));
        });
    }
}

/// <summary>The echo API declares a DTO named Echo, a word PHP reserves: its PHP class is Echo_, and the file still parses.</summary>
[Category("Php")]
public sealed class PhpEchoNativeTypesTests : EchoHostTest
{
    [Test]
    public async Task Php_dtos_rename_reserved_class_names_and_pass_php_lint()
    {
        var result = await Client.GetAsync("/api/types/php?IncludeTypes=Echo.*,EchoValues.*,EchoScalars.*");
        Assert.That(result.StatusCode, Is.EqualTo(200), result.Body);
        Assert.That(result.Body, Does.Contain("class Echo_ implements IReturn, JsonSerializable"));
        Assert.That(result.Body, Does.Contain("public function getTypeName(): string { return 'Echo'; }"));
        var (exitCode, output) = await Compilers.PhpLintAsync(result.Body);
        Assert.That(exitCode, Is.Zero, output);
    }
}
