using Microsoft.Extensions.Options;
using ServiceStackCompat.Formats;
using ServiceStackCompat.NativeTypes;
using ServiceStackCompat.Pipeline;

namespace ServiceStackCompat.AppMetadata;

/// <summary>Maps /metadata/app.json (and /metadata/app, ServiceStack's MetadataApp route) below the base path.</summary>
public static class AppMetadataEndpoints
{
    public static IEndpointRouteBuilder MapAppMetadata(this IEndpointRouteBuilder endpoints, string basePath)
    {
        var prefix = "/" + basePath.Trim('/');
        if (prefix == "/") prefix = "";
        foreach (var path in new[] { "/metadata/app.json", "/metadata/app" })
            endpoints.MapGet(prefix + path, (HttpContext http) => WriteAsync(http, prefix)).WithDisplayName("App metadata");
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext http, string prefix)
    {
        var services = http.RequestServices;
        var body = AppMetadataWriter.Write(
            NativeTypesEndpoints.CreateContext(http, prefix),
            services.GetRequiredService<IOptions<ServiceHostOptions>>().Value,
            services.GetRequiredService<FormatRegistry>(),
            services.GetServices<AuthProviderInfo>());
        http.Response.ContentType = "application/json; charset=utf-8";
        VaryByAccept.Apply(http.Response);
        await http.Response.WriteAsync(body, http.RequestAborted);
    }
}
