using System.Diagnostics;
using System.Net.Sockets;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// A redis-server of one test's own on a free loopback port, for tests that stop it (the shared one
/// named by CCCAPI_TEST_REDIS serves other tests). No persistence; killed on dispose.
/// </summary>
public sealed class PrivateRedis : IDisposable
{
    private readonly string _program;
    private Process? _process;

    private PrivateRedis(string program, string address)
    {
        _program = program;
        Address = address;
    }

    /// <summary>"127.0.0.1:port", as Redis:Configuration takes it.</summary>
    public string Address { get; }

    public static async Task<PrivateRedis> StartAsync()
    {
        var redis = new PrivateRedis(ExternalTool.Require("redis-server"), RedisOnly.ClosedAddress());
        await redis.StartAgainAsync();
        return redis;
    }

    /// <summary>Starts the server (again, on the same port) and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        var port = Address.Split(':')[1];
        var start = new ProcessStartInfo(_program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", port, "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", int.Parse(port));
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"redis-server did not listen on {Address} within 10 seconds.");
    }

    public void Stop()
    {
        if (_process is not { } process) return;
        if (!process.HasExited) process.Kill();
        process.WaitForExit();
        process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();
}
