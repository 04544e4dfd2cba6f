using Microsoft.AspNetCore.Http.Extensions;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace ServiceStackCompat.OpenApi;

/// <summary>
/// /swagger-ui/: Swagger UI from the Swashbuckle.AspNetCore.SwaggerUI package, whose assets are
/// embedded in it (nothing from a CDN), reading the OpenAPI 3.1 document (and offering the 2.0 one).
/// /swagger-ui without the slash redirects to it.
/// </summary>
internal static class SwaggerUiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, string mount, string title)
    {
        var uiPath = mount + "/swagger-ui";
        var options = new SwaggerUIOptions { RoutePrefix = uiPath.TrimStart('/'), DocumentTitle = title };
        // Rooted paths: the package's page resolves a relative one only when it is opened as index.html.
        options.SwaggerEndpoint(mount + "/openapi.json", "OpenAPI 3.1");
        options.SwaggerEndpoint(mount + "/openapi", "Swagger 2.0");
        var ui = endpoints.CreateApplicationBuilder().UseSwaggerUI(options).Build();

        endpoints.MapGet(uiPath + "/{**asset}", context =>
        {
            var asset = context.Request.RouteValues["asset"] as string;
            if (string.IsNullOrEmpty(asset))
            {
                if (!context.Request.Path.Value!.EndsWith('/'))
                {
                    context.Response.Redirect(UriHelper.BuildRelative(context.Request.PathBase, uiPath + "/", context.Request.QueryString), permanent: true);
                    return Task.CompletedTask;
                }
                context.Request.Path = uiPath + "/index.html";
            }
            // The package serves its files through StaticFileMiddleware, which stands aside for a
            // request that already has an endpoint: this one hands the request over to it.
            context.SetEndpoint(null);
            return ui(context);
        }).WithDisplayName("Swagger UI");
    }
}
