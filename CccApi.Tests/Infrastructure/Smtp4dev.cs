using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for one test: smtp4dev (Rnwood.Smtp4dev, pinned in .config/dotnet-tools.json; `dotnet tool
/// restore` installs it) on free loopback ports, in-memory, IMAP and POP3 off, no remote connections. What it
/// received is read back through its HTTP API. Without the tool the test is skipped (failed under CI=true).
/// </summary>
public sealed class Smtp4dev : IDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _output = new();

    private Smtp4dev(Process process, string dataDirectory, int smtpPort, Uri api)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        SmtpPort = smtpPort;
        Http = new HttpClient { BaseAddress = api };
    }

    public int SmtpPort { get; }

    public HttpClient Http { get; }

    /// <summary>Settings that point a host's outbox sender at this server, polling every second.</summary>
    public Dictionary<string, string> HostSettings() => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:SecureSocketOptions"] = "None",
        ["Email:Smtp:PollSeconds"] = "1",
    };

    public static async Task<Smtp4dev> StartAsync()
    {
        var dotnet = ExternalTool.Require("dotnet");
        var smtpPort = FreePort();
        var httpPort = FreePort();
        var dataDirectory = Directory.CreateTempSubdirectory("cccapi-smtp4dev-").FullName;
        var start = new ProcessStartInfo(dotnet)
        {
            // The repository root, where the tool manifest is.
            WorkingDirectory = Path.GetFullPath(ExternalTool.SourceDirectory("..")),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "tool", "run", "smtp4dev", "--", $"--smtpport={smtpPort}", $"--urls=http://127.0.0.1:{httpPort}", "--imapport=", "--pop3port=",
                     "--db=", "--hostname=localhost", "--allowremoteconnections-", "--tlsmode=None", $"--baseappdatapath={dataDirectory}", "--nousersettings",
                 })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        var server = new Smtp4dev(process, dataDirectory, smtpPort, new Uri($"http://127.0.0.1:{httpPort}/"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Starting a .NET tool on a loaded machine takes a while.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                server.Dispose();
                var message = $"smtp4dev (Rnwood.Smtp4dev from the tool manifest; run `dotnet tool restore`) did not start: {server.Output}";
                if (ExternalTool.IsCi) Assert.Fail(message + " Under CI=true a skip is a failure.");
                Assert.Ignore(message);
            }
            try
            {
                if ((await server.Http.GetAsync("api/messages")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        server.Dispose();
        throw new TimeoutException($"smtp4dev did not answer within 120 seconds: {server.Output}");
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Waits until the server has received <paramref name="count"/> messages; returns each in full (GET /api/messages/{id}).</summary>
    public async Task<List<JsonObject>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var list = (await Http.GetFromJsonAsync<JsonObject>("api/messages?pageSize=100"))!["results"]!.AsArray();
            if (list.Count >= count)
            {
                var messages = new List<JsonObject>();
                foreach (var item in list)
                    messages.Add((await Http.GetFromJsonAsync<JsonObject>($"api/messages/{item!["id"]!.GetValue<string>()}"))!);
                return messages;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"smtp4dev received {list.Count} of {count} message(s) within {timeout}.");
            await Task.Delay(200);
        }
    }

    public async Task<string> PlainTextAsync(string id) => await Http.GetStringAsync($"api/messages/{id}/plaintext");

    public async Task<string> HtmlAsync(string id) => await Http.GetStringAsync($"api/messages/{id}/html");

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort() => int.Parse(RedisOnly.ClosedAddress().Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temporary folder.
        }
    }
}
