using System.Net;
using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Auth;

/// <summary>Every operation needs a credential except the public ones; the metadata decides which is which.</summary>
public sealed partial class AuthenticationRequiredTests
{
    /// <summary>ActivateServiceUser is ours: its token is the credential, as the MsgAPI session token is AuthenticateServiceAdminUser's.</summary>
    private static readonly string[] PublicOperations =
        ["Ping", "Authenticate", "PublicGetService", "PublicSendEmailMessage", "AuthenticateServiceAdminUser", "ActivateServiceUser",
            "PublicGetSSOUser", "PublicDiscoveryServiceUser"];

    private static TestHost Host => SharedHost.Host;

    private static IEnumerable<OperationModel> Operations => Host.Services.GetRequiredService<ServiceMetadata>().Operations;

    [Test]
    public void Only_ping_authenticate_the_originals_public_operations_and_activation_are_public()
    {
        Assert.That(Operations.Where(o => o.AllowsAnonymous).Select(o => o.Name), Is.EquivalentTo(PublicOperations));
    }

    [Test]
    public async Task Every_other_route_of_every_operation_is_401_without_credentials()
    {
        using var anonymous = Host.CreateAnonymousClient();
        var answered = new List<string>();
        var sent = 0;
        foreach (var route in Operations.Where(o => !o.AllowsAnonymous).SelectMany(o => o.Routes))
        {
            var path = "/api" + RouteVariable().Replace(route.Path, _ => Guid.NewGuid().ToString("N"));
            foreach (var verb in route.Verbs ?? ["POST"])
            {
                sent++;
                var result = await anonymous.SendAsync(new HttpMethod(verb), path, verb is "GET" ? null : "{}");
                if (result.StatusCode != 401 || result.ErrorCode != "Unauthorized")
                    answered.Add($"{verb} {path}: {result}");
            }
        }
        Assert.That(sent, Is.GreaterThanOrEqualTo(20), "the metadata should list every CCC route");
        Assert.That(answered, Is.Empty);
    }

    [Test]
    public async Task Every_other_operation_is_401_on_the_predefined_json_reply_route()
    {
        using var anonymous = Host.CreateAnonymousClient();
        var answered = new List<string>();
        foreach (var operation in Operations.Where(o => !o.AllowsAnonymous))
        {
            var result = await anonymous.PostAsync($"/api/json/reply/{operation.Name}", "{}");
            if (result.StatusCode != 401 || result.ErrorCode != "Unauthorized")
                answered.Add($"{operation.Name}: {result}");
        }
        Assert.That(answered, Is.Empty);
    }

    [Test]
    public async Task A_401_carries_the_operations_response_shape_and_status()
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await anonymous.PostAsync("/api/services", new { primaryDomain = "example.com" });

        ApiAssert.IsError(result, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.That(result.ResponseStatus!["message"]!.GetValue<string>(), Is.EqualTo("Not Authenticated"));
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [TestCase("/api/ping")]
    [TestCase("/api/metadata")]
    [TestCase("/api/json/metadata?op=CreateService")]
    [TestCase("/api/types/csharp")]
    [TestCase("/api/types/typescript")]
    [TestCase("/api/types/metadata")]
    public async Task Public_paths_answer_without_credentials(string path)
    {
        using var anonymous = Host.CreateAnonymousClient();

        var result = await anonymous.GetAsync(path);

        Assert.That(result.StatusCode, Is.EqualTo(200), result.ToString());
    }

    [Test]
    public async Task A_public_operation_ignores_a_bad_credential()
    {
        using var holder = Host.CreateClient("cccak_not-a-key");

        Assert.That((await holder.GetAsync("/api/ping")).StatusCode, Is.EqualTo(200));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteVariable();
}
