using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Browser;

/// <summary>
/// JSONP as browsers use it: a page served by the test loads the API through script tags in
/// headless Chromium, and the test reads what the callback received, for a success and an error,
/// and for a browser that holds a signed-in session cookie for the API's host: by default
/// (ServiceHost:Jsonp AnonymousAndApiKeyOnly) the cookie alone authenticates nothing.
/// </summary>
[Category("Chromium")]
[Parallelizable(ParallelScope.Self)] // a host of its own; Chromium gets its own profile folder
public sealed partial class JsonpBrowserTests
{
    [Test]
    public async Task A_script_tag_receives_the_service_and_the_error_through_the_callback_but_nothing_for_a_cookie_alone()
    {
        var chromium = ExternalTool.Require("chromium", "chromium-browser", "/usr/bin/chromium");
        // A script tag cannot send headers: the host accepts the key as ?apikey=, as ServiceStack's AllowInHttpParams does.
        await using var host = new TestHost(new TestHostOptions
        {
            ListenOnLoopback = true,
            Settings = { ["ServiceHost:AllowApiKeysInHttpParams"] = "true" },
        });
        using var client = host.CreateClient();
        var setup = await new Scenario(client).ResellerWithCollectionAsync();
        var service = await new Scenario(client).ServiceAsync(setup.Reseller);
        var missing = Guid.NewGuid();
        using var anonymous = host.CreateAnonymousClient();
        var session = (await anonymous.PostAsync("/api/auth/credentials", new { userName = host.SuperUserEmail, password = host.SuperUserPassword })).Text("sessionId");

        var api = host.BaseAddress!.ToString().TrimEnd('/');
        var key = Uri.EscapeDataString(host.SuperUserApiKey);
        var page = $$"""
            <!DOCTYPE html>
            <html><body><pre id="received"></pre>
            <script>var received = []; function cb(data) { received.push(data); }</script>
            <script src="{{api}}/api/services/{{service:N}}?callback=cb&apikey={{key}}"></script>
            <script src="{{api}}/api/services/{{missing:N}}?callback=cb&apikey={{key}}"></script>
            <script src="{{api}}/api/services/{{service:N}}?callback=cb"></script>
            <script>document.getElementById('received').textContent = JSON.stringify(received);</script>
            </body></html>
            """;
        // Cookies are kept per host, not per port: the page's cookie is sent to the API on 127.0.0.1 too.
        using var pageServer = PageServer.Start(page, $"ss-id={session}; Path=/; HttpOnly");
        // A loaded 2-core machine can make headless Chromium give up on a page early; one more
        // attempt is allowed, and both transcripts are shown when neither shows what cb received.
        var transcripts = new List<string>();
        JsonArray? received = null;
        for (var attempt = 0; attempt < 2 && received is not { Count: 3 }; attempt++)
        {
            var (transcript, result) = await LoadInChromiumAsync(chromium, pageServer.Url);
            transcripts.Add(transcript);
            received = result;
        }

        Assert.That(received, Is.Not.Null.And.Count.EqualTo(3), string.Join("\n---\n", transcripts));
        Assert.That(received![0]!["serviceGuid"]!.GetValue<string>(), Is.EqualTo(service.ToString("N")));
        Assert.That(received[0]!["status"]!.GetValue<string>(), Is.EqualTo("TrialActive"));
        Assert.That(received[1]!["responseStatus"]!["errorCode"]!.GetValue<string>(), Is.EqualTo("NotFound"));
        Assert.That(received[2]!["responseStatus"]?["errorCode"]?.GetValue<string>(), Is.EqualTo("Unauthorized"), "the session cookie authenticated a script tag");
        Assert.That(received[2]!["serviceGuid"]?.GetValue<string>(), Is.Not.EqualTo(service.ToString("N")));
    }

    private static async Task<(string Transcript, JsonArray? Received)> LoadInChromiumAsync(string chromium, string url)
    {
        var profile = Directory.CreateTempSubdirectory("cccapi-chromium-");
        try
        {
            var (exitCode, dom, error) = await ExternalTool.RunAsync(chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", $"--user-data-dir={profile.FullName}",
                "--virtual-time-budget=10000", "--dump-dom", url,
            ], profile.FullName, TimeSpan.FromMinutes(2));
            var match = ReceivedElement().Match(dom);
            var received = match.Success ? JsonNode.Parse(WebUtility.HtmlDecode(match.Groups[1].Value)) as JsonArray : null;
            return ($"chromium exit {exitCode}; page:\n{dom}\n{error}", received);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    [GeneratedRegex("<pre id=\"received\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ReceivedElement();

    /// <summary>Serves one HTML page on a loopback port until disposed.</summary>
    private sealed class PageServer : IDisposable
    {
        private readonly HttpListener _listener;

        private PageServer(HttpListener listener, string url)
        {
            _listener = listener;
            Url = url;
        }

        public string Url { get; }

        public static PageServer Start(string html, string setCookie)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            var server = new PageServer(listener, $"http://127.0.0.1:{port}/jsonp.html");
            _ = Task.Run(async () =>
            {
                var body = Encoding.UTF8.GetBytes(html);
                while (listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await listener.GetContextAsync(); }
                    catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { return; }
                    context.Response.ContentType = "text/html; charset=utf-8";
                    context.Response.Headers.Add("Set-Cookie", setCookie);
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
            return server;
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        public void Dispose() => _listener.Close();
    }
}
