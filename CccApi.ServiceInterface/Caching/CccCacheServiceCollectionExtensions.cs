using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;

namespace CccApi.ServiceInterface.Caching;

public static class CccCacheServiceCollectionExtensions
{
    /// <summary>
    /// The one cache every part of the service uses (settings, resolved credentials): FusionCache in memory.
    /// With <c>Redis:Configuration</c> set, a Redis backplane tells every other host of each Set, Remove,
    /// RemoveByTag and Clear, and they drop their copies; there is no shared (L2) cache, so what is read
    /// from the database is stored with <see cref="CacheFills.FillOptions"/>.
    /// </summary>
    public static IServiceCollection AddCccCaches(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisSettings.SectionName);
        services.Configure<RedisSettings>(section);
        var redis = section.Get<RedisSettings>() ?? new RedisSettings();

        var cache = services.AddFusionCache().WithOptions(options =>
        {
            options.BackplaneChannelPrefix = redis.ChannelPrefix;
            // No backplane circuit breaker (FusionCache's default, kept on purpose): with a 2 s one, a removal made
            // while Redis was down was never resent on reconnect (RedisOutageTests, 2 runs of 2); without it
            // auto-recovery resent it in most runs. Publishing runs in the background: requests never wait for Redis.
            options.BackplaneCircuitBreakerDuration = TimeSpan.Zero;
        });
        if (redis.IsConfigured)
        {
            services.AddSingleton<RedisBackplaneConnection>();
            cache.WithBackplane(provider =>
            {
                var connection = provider.GetRequiredService<RedisBackplaneConnection>();
                return new RedisBackplane(
                    Options.Create(new RedisBackplaneOptions { ConnectionMultiplexerFactory = connection.GetAsync }),
                    provider.GetService<ILogger<RedisBackplane>>());
            });
        }
        return services;
    }
}
