using Microsoft.Extensions.Options;
using ServiceStackCompat.Pipeline;
using ServiceStackCompat.Proxies;

namespace ServiceStackCompat;

public static class ServiceHostApplicationBuilderExtensions
{
    /// <summary>
    /// Honours <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the configured known proxies and
    /// networks only (nothing when none is configured), so the client address that rate limits and logs see,
    /// and the scheme that decides a cookie's Secure flag, are the real ones behind a proxy. Call it first.
    /// </summary>
    public static IApplicationBuilder UseServiceStackForwardedHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        return TrustedProxies.ForwardedHeadersOptions(options) is { } forwarded ? app.UseForwardedHeaders(forwarded) : app;
    }

    /// <summary>Adds the security headers of <see cref="SecurityHeaders"/> to every answer of the pipeline after it.</summary>
    public static IApplicationBuilder UseServiceStackSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(SecurityHeaders.Apply);
}
