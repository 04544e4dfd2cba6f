using Microsoft.Extensions.Options;
using ServiceStackCompat.OpenApi;

// In the framework's namespace, beside MapServiceStackEndpoints, which calls it.
namespace ServiceStackCompat;

public static class OpenApiEndpoints
{
    /// <summary>
    /// Maps below <paramref name="basePath"/>: /openapi (Swagger 2.0 in ServiceStack.Api.OpenApi's
    /// shape), /openapi.json (OpenAPI 3.1) and /swagger-ui/. Literal paths, so they take precedence
    /// over the operations' catch-all endpoint.
    /// </summary>
    public static IEndpointRouteBuilder MapOpenApi(this IEndpointRouteBuilder endpoints, string basePath)
    {
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        var documents = ActivatorUtilities.CreateInstance<OpenApiDocuments>(services);
        var mount = "/" + basePath.Trim('/');
        if (mount == "/") mount = "";

        endpoints.MapGet(mount + "/openapi", context => OpenApiDocuments.WriteAsync(context, documents.Swagger2.For(context.Request)))
            .WithDisplayName("OpenAPI (Swagger 2.0)");
        endpoints.MapGet(mount + "/openapi.json", context => OpenApiDocuments.WriteAsync(context, documents.OpenApi31.For(context.Request)))
            .WithDisplayName("OpenAPI 3.1");
        SwaggerUiEndpoints.Map(endpoints, mount, $"{options.ServiceName} v{options.Version}");
        return endpoints;
    }
}
