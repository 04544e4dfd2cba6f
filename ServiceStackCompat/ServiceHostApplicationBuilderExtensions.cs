using ServiceStackCompat.Pipeline;

namespace ServiceStackCompat;

public static class ServiceHostApplicationBuilderExtensions
{
    /// <summary>Adds the security headers of <see cref="SecurityHeaders"/> to every answer of the pipeline after it.</summary>
    public static IApplicationBuilder UseServiceStackSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(SecurityHeaders.Apply);
}
