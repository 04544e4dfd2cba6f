using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Behind a proxy: <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are honoured only from
/// <c>ServiceHost:KnownProxies</c> and <c>KnownNetworks</c>, so the sign-in limit counts the real client
/// behind a known proxy and the session cookie is Secure when the proxy received https; from any other
/// address, and from every address when none is configured (loopback included), they are ignored.
/// Connections come over real sockets from distinct 127.x addresses.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed partial class ForwardedHeadersTests
{
    private static readonly IPAddress KnownProxy = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress UnknownAddress = IPAddress.Parse("127.0.0.3");
    private static readonly IPAddress ProxyInKnownNetwork = IPAddress.Parse("127.0.0.5");

    private static TestHost BehindProxies(bool configureProxies = true) => new(new TestHostOptions
    {
        ListenOnLoopback = true,
        Settings = configureProxies
            ? new Dictionary<string, string>
            {
                ["Authentication:SignInLimitPerAddress"] = "2",
                ["ServiceHost:KnownProxies:0"] = KnownProxy.ToString(),
                ["ServiceHost:KnownNetworks:0"] = "127.0.0.4/31",
            }
            : new Dictionary<string, string> { ["Authentication:SignInLimitPerAddress"] = "2" },
    });

    [Test]
    public async Task The_sign_in_limit_counts_the_client_a_known_proxy_names()
    {
        await using var host = BehindProxies();
        using var proxy = LoopbackClients.From(host, KnownProxy);
        using var networkProxy = LoopbackClients.From(host, ProxyInKnownNetwork);

        var first = await WrongSignInAsync(host, proxy, forwardedFor: "203.0.113.7");
        var second = await WrongSignInAsync(host, networkProxy, forwardedFor: "203.0.113.7");
        var third = await WrongSignInAsync(host, proxy, forwardedFor: "203.0.113.7");
        var otherClient = await WrongSignInAsync(host, proxy, forwardedFor: "203.0.113.8");
        var otherClientThroughTheNetwork = await WrongSignInAsync(host, networkProxy, forwardedFor: "203.0.113.9");

        Assert.That(new[] { first, second, third, otherClient, otherClientThroughTheNetwork }, Is.EqualTo(new[] { 401, 401, 429, 401, 401 }),
            "203.0.113.7 spent its two attempts through either proxy; the proxies themselves are not limited");
        Assert.That(host.Logs.AllText, Does.Contain($"for {host.SuperUserEmail} from 203.0.113.7: 401")
            .And.Contain($"for {host.SuperUserEmail} from 203.0.113.8: 401"));
    }

    [Test]
    public async Task Through_a_chain_of_known_proxies_the_client_is_the_first_address_no_known_proxy_sent()
    {
        await using var host = BehindProxies();
        using var proxy = LoopbackClients.From(host, KnownProxy);

        // The client wrote 192.0.2.1 itself; the proxy in the known network appended its client,
        // 198.51.100.1, and the known proxy appended 127.0.0.4, the proxy in the network.
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
            statuses.Add(await WrongSignInAsync(host, proxy, forwardedFor: $"192.0.2.{i + 1}, 198.51.100.1, 127.0.0.4"));

        Assert.That(statuses, Is.EqualTo(new[] { 401, 401, 429 }), "the client's own entries, left of its proxy's, change nothing");
        Assert.That(host.Logs.AllText, Does.Contain("from 198.51.100.1: 401").And.Not.Contain("from 192.0.2."));
    }

    [Test]
    public async Task From_an_unknown_address_a_spoofed_forwarded_for_is_ignored()
    {
        await using var host = BehindProxies();
        using var spoofer = LoopbackClients.From(host, UnknownAddress);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
            statuses.Add(await WrongSignInAsync(host, spoofer, forwardedFor: $"203.0.113.{20 + i}"));

        Assert.That(statuses, Is.EqualTo(new[] { 401, 401, 429 }), "every attempt counts against the caller's own address");
        Assert.That(host.Logs.AllText, Does.Contain($"for {host.SuperUserEmail} from {UnknownAddress}: 401").And.Not.Contain("from 203.0.113."));
    }

    [Test]
    public async Task Without_known_proxies_not_even_loopback_is_believed()
    {
        await using var host = BehindProxies(configureProxies: false);
        using var local = LoopbackClients.From(host, IPAddress.Loopback);

        using var signIn = await SignInAsync(host, local, forwardedProto: "https", forwardedFor: "203.0.113.30");
        var second = await WrongSignInAsync(host, local, forwardedFor: "203.0.113.31");
        var third = await WrongSignInAsync(host, local, forwardedFor: "203.0.113.32");

        Assert.That(IsSecure(signIn), Is.False, "https claimed by loopback");
        Assert.That(new[] { second, third }, Is.EqualTo(new[] { 401, 429 }), "every attempt counts against 127.0.0.1: ASP.NET's default of believing loopback is cleared");
        Assert.That(host.Logs.AllText, Does.Contain($"for {host.SuperUserEmail} from 127.0.0.1: 401").And.Not.Contain("from 203.0.113."));
    }

    [Test]
    public async Task The_session_cookie_is_secure_when_a_known_proxy_received_https()
    {
        await using var host = BehindProxies();
        using var proxy = LoopbackClients.From(host, KnownProxy);
        using var networkProxy = LoopbackClients.From(host, ProxyInKnownNetwork);
        using var spoofer = LoopbackClients.From(host, UnknownAddress);

        using var overHttps = await SignInAsync(host, proxy, forwardedProto: "https", forwardedFor: "203.0.113.40");
        using var overHttpsThroughTheNetwork = await SignInAsync(host, networkProxy, forwardedProto: "https", forwardedFor: "203.0.113.41");
        using var overHttp = await SignInAsync(host, proxy, forwardedProto: "http", forwardedFor: "203.0.113.42");
        using var claimedByAnyone = await SignInAsync(host, spoofer, forwardedProto: "https");

        Assert.That(IsSecure(overHttps), Is.True, "known proxy, https");
        Assert.That(IsSecure(overHttpsThroughTheNetwork), Is.True, "proxy in a known network, https");
        Assert.That(IsSecure(overHttp), Is.False, "known proxy, http");
        Assert.That(IsSecure(claimedByAnyone), Is.False, "https claimed by an unknown address");
    }

    [Test]
    public void A_known_proxy_that_is_no_address_stops_the_host_naming_it()
    {
        var start = () => new TestHost(new TestHostOptions { ListenOnLoopback = true, Settings = { ["ServiceHost:KnownProxies:0"] = "proxy.example" } });

        Assert.That(start, Throws.Exception.With.Message.Contains("ServiceHost:KnownProxies: 'proxy.example' is not an IP address."));
    }

    private static async Task<int> WrongSignInAsync(TestHost host, HttpClient client, string forwardedFor)
    {
        using var response = await SignInAsync(host, client, forwardedFor: forwardedFor, password: "not the password");
        return (int)response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SignInAsync(TestHost host, HttpClient client,
        string? forwardedProto = null, string? forwardedFor = null, string? password = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/credentials")
        {
            Content = JsonContent.Create(new { userName = host.SuperUserEmail, password = password ?? host.SuperUserPassword }),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return await client.SendAsync(request);
    }

    private static bool IsSecure(HttpResponseMessage signIn)
    {
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ss-id=", StringComparison.Ordinal));
        return SecureAttribute().IsMatch(cookie);
    }

    [GeneratedRegex(@";\s*secure\s*(;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SecureAttribute();
}
