using CccApi.ServiceInterface.Infrastructure;

namespace CccApi.Host;

internal static class HttpCallerContextServiceCollectionExtensions
{
    /// <summary>The services' <see cref="ICallerContext"/>: the principal the host authenticated and the client address, from the current HttpContext.</summary>
    public static IServiceCollection AddHttpCallerContext(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerContext>(provider =>
        {
            var accessor = provider.GetRequiredService<IHttpContextAccessor>();
            return new ClaimsCallerContext(() => accessor.HttpContext?.User, () => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString());
        });
        return services;
    }
}
