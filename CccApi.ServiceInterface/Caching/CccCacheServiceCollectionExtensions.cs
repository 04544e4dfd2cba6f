using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Caching;

public static class CccCacheServiceCollectionExtensions
{
    /// <summary>
    /// The one cache every part of the service uses (settings, resolved credentials): FusionCache, memory only. The
    /// Redis backplane that keeps several hosts' memory entries in step is added by <c>Redis:Configuration</c>.
    /// </summary>
    public static IServiceCollection AddCccCaches(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFusionCache();
        return services;
    }
}
