using CccApi.ServiceInterface.Infrastructure;
using ServiceStackCompat.Auth;

namespace CccApi.Host;

internal static class HttpCallerContextServiceCollectionExtensions
{
    /// <summary>The services' <see cref="ICallerContext"/>: the principal the host authenticated, the client address and the identifying session, from the current HttpContext.</summary>
    public static IServiceCollection AddHttpCallerContext(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerContext>(provider =>
        {
            var accessor = provider.GetRequiredService<IHttpContextAccessor>();
            return new ClaimsCallerContext(() => accessor.HttpContext?.User, () => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                () => AuthenticatedSession.IdOf(accessor.HttpContext));
        });
        return services;
    }
}
