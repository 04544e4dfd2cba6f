using Microsoft.Extensions.Options;
using ServiceStackCompat.Pipeline;

namespace ServiceStackCompat;

public static class ServiceHostEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves every operation below the configured base path. One catch-all endpoint: endpoints
    /// mapped elsewhere with literal paths keep precedence over it.
    /// </summary>
    public static IEndpointConventionBuilder MapServiceStackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        var dispatcher = endpoints.ServiceProvider.GetRequiredService<RequestDispatcher>();
        var basePath = "/" + options.BasePath.Trim('/');
        endpoints.MapMetadataPages(basePath);
        NativeTypes.NativeTypesEndpoints.MapNativeTypes(endpoints, basePath);
        AppMetadata.AppMetadataEndpoints.MapAppMetadata(endpoints, basePath);
        endpoints.MapOpenApi(basePath);

        return endpoints.Map(basePath + "/{**servicePath}", context =>
        {
            var relativePath = context.Request.RouteValues["servicePath"] as string ?? "";
            return dispatcher.DispatchAsync(context, relativePath);
        }).WithDisplayName("ServiceStack operations");
    }
}
