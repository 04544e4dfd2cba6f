using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Wire;

/// <summary>
/// Every answer says <c>X-Content-Type-Options: nosniff</c>; HTML answers also forbid framing
/// (<c>X-Frame-Options: DENY</c>, CSP <c>frame-ancestors 'none'</c>); and <c>Cache-Control: no-store</c> is on
/// every answer of an operation that identifies its caller and every operation answer to a request carrying a
/// credential, while anonymous answers and the public documents stay cacheable.
/// </summary>
public sealed partial class SecurityHeaderTests
{
    private static TestHost Host => SharedHost.Host;

    private static IReadOnlyList<OperationModel> Operations => Host.Services.GetRequiredService<ServiceMetadata>().Operations;

    [Test]
    public async Task Every_route_of_every_operation_answers_nosniff_and_no_store_exactly_when_its_answers_are_private()
    {
        using var anonymous = Host.CreateAnonymousClient();
        var wrong = new List<string>();
        var sent = 0;
        foreach (var (operation, verb, path) in EveryRoute())
        {
            sent++;
            var result = await anonymous.SendAsync(new HttpMethod(verb), path, verb is "GET" ? null : "{}");
            if (!SaysNoSniff(result.Headers) || IsNoStore(result.Headers) != operation.AnswersPrivately)
                wrong.Add($"{verb} {path} ({operation.Name}): {result.StatusCode} {Describe(result.Headers)}");
        }
        Assert.That(sent, Is.GreaterThanOrEqualTo(20), "the metadata should list every CCC route");
        Assert.That(Operations.Where(o => !o.AnswersPrivately).Select(o => o.Name), Is.EquivalentTo(new[] { "Ping", "PublicGetService", "PublicSendEmailMessage", "ActivateServiceUser" }),
            "the only cacheable operations: the sign-on discovery answers list a person's services");
        Assert.That(Operations.Where(o => !o.IdentifiesCaller).Select(o => o.Name), Is.EquivalentTo(new[] { "Ping", "PublicGetService", "PublicSendEmailMessage", "ActivateServiceUser", "PublicGetSSOUser", "PublicDiscoveryServiceUser" }),
            "the operations that never look a credential up");
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task Every_route_of_every_operation_answers_no_store_to_a_caller_with_a_key()
    {
        using var superUser = Host.CreateSuperUserClient();
        var wrong = new List<string>();
        foreach (var (operation, verb, path) in EveryRoute())
        {
            var result = await superUser.SendAsync(new HttpMethod(verb), path, verb is "GET" ? null : "{}");
            if (!SaysNoSniff(result.Headers) || !IsNoStore(result.Headers))
                wrong.Add($"{verb} {path} ({operation.Name}): {result.StatusCode} {Describe(result.Headers)}");
        }
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task Every_operations_metadata_page_is_nosniff_unframeable_and_cacheable()
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);
        var wrong = new List<string>();
        foreach (var operation in Operations)
        {
            using var response = await anonymous.GetAsync($"/api/json/metadata?op={operation.Name}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || !SaysNoSniff(response.Headers)
                || !ForbidsFraming(response.Headers) || IsNoStore(response.Headers))
                wrong.Add($"{operation.Name}: {(int)response.StatusCode} {Describe(response.Headers)}");
        }
        Assert.That(wrong, Is.Empty);
    }

    [TestCase("/api/metadata")]
    [TestCase("/api/swagger-ui/")]
    [TestCase("/api/swagger-ui/index.html")]
    public async Task An_html_page_is_nosniff_unframeable_and_cacheable(string path)
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);

        using var response = await anonymous.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(SaysNoSniff(response.Headers), Is.True, Describe(response.Headers));
        Assert.That(ForbidsFraming(response.Headers), Is.True, Describe(response.Headers));
        Assert.That(IsNoStore(response.Headers), Is.False, Describe(response.Headers));
    }

    [TestCase("/api/ping", 200)]
    [TestCase("/api/ping?callback=show", 200)]
    [TestCase("/api/ping.csv", 200)]
    [TestCase("/api/types/csharp", 200)]
    [TestCase("/api/types/typescript", 200)]
    [TestCase("/api/types/metadata", 200)]
    [TestCase("/api/openapi", 200)]
    [TestCase("/api/openapi.json", 200)]
    [TestCase("/api/swagger-ui/swagger-ui.css", 200)]
    [TestCase("/api/no/such/path", 404)]
    [TestCase("/no/such/path", 404)]
    [TestCase("/api/json/reply/NoSuchOperation", 405)]
    [TestCase("/api/ping?format=nonsense", 400)]
    public async Task Any_other_public_answer_is_nosniff_and_cacheable(string path, int status)
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);

        using var response = await anonymous.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(status), path);
        Assert.That(SaysNoSniff(response.Headers), Is.True, Describe(response.Headers));
        Assert.That(response.Headers.Contains("X-Frame-Options"), Is.False, "only HTML answers need it");
        Assert.That(IsNoStore(response.Headers), Is.False, Describe(response.Headers));
    }

    [TestCase("/api/health/live")]
    [TestCase("/api/health/ready")]
    public async Task A_health_probe_is_nosniff(string path)
    {
        using var anonymous = Host.CreateRawClient(handleCookies: false);

        using var response = await anonymous.GetAsync(path);

        // ASP.NET Core's health checks say no-store themselves, so a probe never reads a cached state.
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        Assert.That(SaysNoSniff(response.Headers), Is.True, Describe(response.Headers));
    }

    [Test]
    public async Task An_operation_answered_as_html_is_unframeable()
    {
        using var superUser = Host.CreateSuperUserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sites");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await superUser.Http.SendAsync(request);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(ForbidsFraming(response.Headers), Is.True, Describe(response.Headers));
        Assert.That(SaysNoSniff(response.Headers) && IsNoStore(response.Headers), Is.True, Describe(response.Headers));
    }

    [Test]
    public async Task Sign_in_its_failure_logout_and_a_new_api_key_are_not_stored()
    {
        using var anonymous = Host.CreateAnonymousClient();
        using var superUser = Host.CreateSuperUserClient();

        var signIn = await anonymous.PostAsync("/api/auth/credentials", new { userName = Host.SuperUserEmail, password = Host.SuperUserPassword });
        var failed = await anonymous.PostAsync("/api/auth/credentials", new { userName = Host.SuperUserEmail, password = "not the password" });
        var logout = await anonymous.PostAsync("/api/auth/logout");
        var apiKey = await superUser.PostAsync("/api/apikeys", new { name = "no-store" });

        Assert.That(new[] { signIn.StatusCode, failed.StatusCode, logout.StatusCode, apiKey.StatusCode }, Is.EqualTo(new[] { 200, 401, 200, 200 }));
        Assert.That(signIn.Text("sessionId"), Is.Not.Empty);
        Assert.That(apiKey.Text("key"), Is.Not.Empty);
        foreach (var result in new[] { signIn, failed, logout, apiKey })
            Assert.That(IsNoStore(result.Headers), Is.True, $"{result}: {Describe(result.Headers)}");
    }

    [TestCase("Authorization", "Bearer cccak_not-a-key")]
    [TestCase("X-ss-id", "not-a-session")]
    [TestCase("Cookie", "ss-id=not-a-session")]
    [TestCase("Cookie", "ss-pid=not-a-session")]
    public async Task An_anonymous_operation_sent_a_credential_is_not_stored(string header, string value)
    {
        using var raw = Host.CreateRawClient(handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ping");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await raw.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(IsNoStore(response.Headers), Is.True, Describe(response.Headers));
    }

    private static IEnumerable<(OperationModel Operation, string Verb, string Path)> EveryRoute() =>
        from operation in Operations
        from route in operation.Routes
        from verb in route.Verbs ?? ["POST"]
        select (operation, verb, "/api" + RouteVariable().Replace(route.Path, _ => Guid.NewGuid().ToString("N")));

    private static bool SaysNoSniff(HttpResponseHeaders headers) =>
        headers.TryGetValues("X-Content-Type-Options", out var values) && values.SequenceEqual(["nosniff"]);

    private static bool ForbidsFraming(HttpResponseHeaders headers) =>
        headers.TryGetValues("X-Frame-Options", out var frame) && frame.SequenceEqual(["DENY"])
        && headers.TryGetValues("Content-Security-Policy", out var policy) && policy.SequenceEqual(["frame-ancestors 'none'"]);

    private static bool IsNoStore(HttpResponseHeaders headers) => headers.CacheControl?.NoStore == true;

    private static string Describe(HttpResponseHeaders headers) => string.Join("; ", headers.Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteVariable();
}
