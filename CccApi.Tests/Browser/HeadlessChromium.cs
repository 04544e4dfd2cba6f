using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Browser;

/// <summary>
/// Headless Chromium showing one page, driven over its DevTools protocol (a WebSocket on a loopback port it picks):
/// a test runs script in the page as the browser laid it out, which a DOM dump cannot show (sizes, positions).
/// Each instance has its own profile folder; disposing kills the browser it started and deletes the folder.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    // As the other browser suites start it, with one CSS pixel a device pixel and DevTools on a port it chooses.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=1024,768", "--remote-debugging-port=0",
    ];

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly StringBuilder _output = new();
    private readonly ClientWebSocket _socket = new();
    private int _lastId;

    private HeadlessChromium(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>What the browser wrote to its standard output and error, for a failure's message.</summary>
    public string Transcript
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts Chromium on <paramref name="url"/> and connects to that page.</summary>
    public static async Task<HeadlessChromium> OpenAsync(string chromium, string url, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("cccapi-chromium-");
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = profile.FullName,
        };
        foreach (var argument in Flags.Append($"--user-data-dir={profile.FullName}").Append(url)) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {chromium}.");
        var browser = new HeadlessChromium(process, profile);
        process.OutputDataReceived += (_, line) => browser.Record(line.Data);
        process.ErrorDataReceived += (_, line) => browser.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var cancellation = new CancellationTokenSource(timeout);
            await browser.ConnectAsync(cancellation.Token);
            return browser;
        }
        catch (Exception ex)
        {
            var transcript = browser.Transcript;
            await browser.DisposeAsync();
            throw new InvalidOperationException($"Could not reach the page in Chromium: {ex.Message}\n{transcript}", ex);
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page; returns its value (JSON-serializable) or null.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken ct = default)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }, ct);
        if (result["exceptionDetails"] is { } exception)
            throw new InvalidOperationException($"The page's script failed: {exception.ToJsonString()}");
        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Evaluates <paramref name="condition"/> every 100 ms until it is true; on timeout says where the page is and what it shows.</summary>
    public async Task WaitUntilAsync(string condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await EvaluateAsync(condition) is JsonValue value && value.TryGetValue<bool>(out var done) && done) return;
            if (DateTime.UtcNow > deadline)
            {
                var where = await EvaluateAsync("location.href + '\\n' + (document.body ? document.body.innerText.slice(0, 2000) : '(no body)')");
                throw new TimeoutException($"'{condition}' did not become true within {timeout}. The page: {where}\n{Transcript}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The page as a PNG, as the browser drew it.</summary>
    public async Task<byte[]> ScreenshotAsync() =>
        Convert.FromBase64String((await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, default))["data"]!.GetValue<string>());

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task ConnectAsync(CancellationToken ct)
    {
        // With --remote-debugging-port=0 Chromium writes the port it chose into the profile folder.
        var portFile = Path.Combine(_profile.FullName, "DevToolsActivePort");
        int port;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Chromium exited with code {_process.ExitCode}.");
            if (File.Exists(portFile) && (await File.ReadAllLinesAsync(portFile, ct)) is [var first, _, ..] && int.TryParse(first, out port)) break;
            await Task.Delay(100, ct);
        }
        using var http = new HttpClient();
        while (true)
        {
            var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list", ct))!.AsArray();
            if (targets.FirstOrDefault(t => t?["type"]?.GetValue<string>() == "page")?["webSocketDebuggerUrl"]?.GetValue<string>() is { } page)
            {
                await _socket.ConnectAsync(new Uri(page), ct);
                return;
            }
            await Task.Delay(100, ct);
        }
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters, CancellationToken ct)
    {
        var id = ++_lastId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, ct);
        while (true)
        {
            var reply = await ReceiveAsync(ct);
            if (reply["id"]?.GetValue<int>() != id) continue; // an event, or the answer to an earlier call
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            return reply["result"]!;
        }
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken ct)
    {
        var message = new ArrayBufferWriter<byte>();
        while (true)
        {
            var received = await _socket.ReceiveAsync(message.GetMemory(64 * 1024), ct);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException($"Chromium closed the DevTools connection.\n{Transcript}");
            message.Advance(received.Count);
            if (received.EndOfMessage) return JsonNode.Parse(message.WrittenSpan)!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                _profile.Delete(recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                // The browser's last helper processes may still be closing files.
                await Task.Delay(200);
            }
        }
    }
}
