using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CccApi.ServiceInterface.Auth;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// CccApi.Host as a real child process (`dotnet CccApi.Host.dll`) on a test database, for what an
/// in-process host cannot show: the `migrate` command, and a process killed with SIGKILL.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();

    private ChildHost(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data, _standardOutput);
        process.ErrorDataReceived += (_, e) => Append(e.Data, _standardError);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public string StandardOutput { get { lock (_output) return _standardOutput.ToString(); } }

    public string StandardError { get { lock (_output) return _standardError.ToString(); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildHost Start(TestDatabase database, params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CccApi.Host.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in database.Settings)
            start.Environment[key.Replace(":", "__")] = value;
        start.Environment[BootstrapSuperUser.EmailKey] = "superuser@child.tests.invalid";
        start.Environment[BootstrapSuperUser.ApiKeyKey] = ApiKey;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start CccApi.Host.");
        return new ChildHost(process, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Runs the host with a command (e.g. `migrate`) and waits for it to exit.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, TimeSpan timeout, params string[] arguments)
    {
        var run = await RunToExitAsync(database, timeout, arguments);
        return (run.ExitCode, run.Output);
    }

    /// <summary>Runs the host with these arguments and waits for it to exit; its streams stay readable apart.</summary>
    public static async Task<ChildHost> RunToExitAsync(TestDatabase database, TimeSpan timeout, params string[] arguments)
    {
        var host = Start(database, arguments);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await host._process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"CccApi.Host {string.Join(' ', arguments)} did not exit within {timeout}: {host.Output}");
        }
        host._process.WaitForExit(); // drains the redirected output
        return host;
    }

    /// <summary>The SuperUser key every child host bootstraps, so its clients can call the API.</summary>
    public static string ApiKey { get; } = SecretTokens.ApiKeyPrefix + "child" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public ApiClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
        return new ApiClient(http);
    }

    /// <summary>Waits until /api/health/ready answers 200, at <paramref name="baseAddress"/> when the arguments moved the host there.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, Uri? baseAddress = null)
    {
        using var http = new HttpClient { BaseAddress = baseAddress ?? BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"CccApi.Host exited with {_process.ExitCode}: {Output}");
            try
            {
                if ((await http.GetAsync("/api/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(200);
        }
        throw new TimeoutException($"CccApi.Host was not ready within {timeout}: {Output}");
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        await Task.CompletedTask;
        _process.Dispose();
    }

    private void Append(string? line, StringBuilder stream)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            stream.AppendLine(line);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
