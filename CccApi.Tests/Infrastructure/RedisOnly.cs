using System.Net;
using System.Net.Sockets;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// For tests of the cache backplane: they need a Redis named by CCCAPI_TEST_REDIS ("127.0.0.1:6379";
/// .ci/redis starts one). Without it they are skipped, except under CI=true, where a skip is a failure.
/// </summary>
public static class RedisOnly
{
    public const string Variable = "CCCAPI_TEST_REDIS";

    /// <returns>The Redis configuration string.</returns>
    public static string Require()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configuration) return configuration;
        var message = $"This test needs a Redis named by {Variable} (eval \"$(bash .ci/redis)\").";
        if (ExternalTool.IsCi) Assert.Fail(message + " Under CI=true a skip is a failure.");
        Assert.Ignore(message);
        return "";
    }

    /// <summary>
    /// Settings that put a host on this Redis, on a channel of its own test: hosts given the same
    /// <paramref name="channel"/> hear each other, and no other test's hosts.
    /// </summary>
    public static Dictionary<string, string> Settings(string configuration, string channel) => new()
    {
        ["Redis:Configuration"] = configuration,
        ["Redis:ChannelPrefix"] = channel,
    };

    public static string NewChannel() => "cccapi-test-" + Guid.NewGuid().ToString("N");

    /// <summary>A loopback address nothing listens on (the port was free a moment ago), as a Redis configuration string.</summary>
    public static string ClosedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port}";
    }
}
