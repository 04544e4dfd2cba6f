using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CccApi.ServiceInterface.Caching;

/// <summary>
/// The host's one connection to the backplane's Redis. It never fails a start: with Redis down the
/// multiplexer keeps reconnecting in the background (AbortOnConnectFail off), and losing or regaining it
/// is logged. Owned by the container, so a stopped host stops reconnecting.
/// </summary>
public sealed class RedisBackplaneConnection(IOptions<RedisSettings> settings, ILogger<RedisBackplaneConnection> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    /// <summary>Whether the backplane can publish and receive now (false before the first connect).</summary>
    public bool IsConnected => _multiplexer?.IsConnected == true;

    public async Task<IConnectionMultiplexer> GetAsync()
    {
        if (_multiplexer is { } ready) return ready;
        await _connecting.WaitAsync();
        try
        {
            if (_multiplexer is { } connected) return connected;
            var options = ConfigurationOptions.Parse(settings.Value.Configuration!);
            options.AbortOnConnectFail = false;
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
            multiplexer.ConnectionFailed += (_, e) =>
                logger.LogWarning("The cache backplane lost Redis at {Endpoint} ({FailureType}); other hosts are not told of changes until it is back.",
                    e.EndPoint, e.FailureType);
            multiplexer.ConnectionRestored += (_, e) => logger.LogInformation("The cache backplane reached Redis at {Endpoint} again.", e.EndPoint);
            if (!multiplexer.IsConnected)
                logger.LogWarning("The cache backplane could not reach Redis ({Configuration}); this host serves alone and keeps trying.",
                    options.ToString(includePassword: false));
            return _multiplexer = multiplexer;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer) await multiplexer.DisposeAsync();
        _connecting.Dispose();
    }
}
