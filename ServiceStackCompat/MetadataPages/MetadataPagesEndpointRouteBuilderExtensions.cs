using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ServiceStackCompat.Formats;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.MetadataPages;

// In the framework's namespace, beside MapServiceStackEndpoints, which calls it.
namespace ServiceStackCompat;

public static class MetadataPagesEndpointRouteBuilderExtensions
{
    private const string HtmlContentType = "text/html; charset=utf-8";
    private static readonly string[] PageVerbs = ["GET", "HEAD"];

    /// <summary>
    /// Serves ServiceStack's metadata pages below <paramref name="basePath"/>: the operations index
    /// (/metadata) and one page per operation and format (/json/metadata?op=X, xml, jsv, csv).
    /// Literal paths, so they take precedence over the operations' catch-all endpoint.
    /// </summary>
    public static IEndpointRouteBuilder MapMetadataPages(this IEndpointRouteBuilder endpoints, string basePath)
    {
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        var metadata = services.GetRequiredService<ServiceMetadata>();
        var formats = SampleFormat.From(services.GetRequiredService<FormatRegistry>());
        var mount = basePath.TrimEnd('/');
        var title = $"{options.ServiceName} v{options.Version}";

        var index = new IndexPage(title, metadata, formats);
        var list = new OperationListPage(title, metadata);
        var operationPages = new OperationPageTemplates(new OperationPage(title, mount,
            new OperationTypeTables(metadata.Types.ToDictionary(t => t.Type)), new OperationSamples()));

        endpoints.MapMethods(mount + "/metadata", PageVerbs,
                context => WriteHtmlAsync(context, index.Render(PageUrls.For(context.Request, mount))))
            .WithDisplayName("Metadata index");

        foreach (var format in formats)
        {
            endpoints.MapMethods($"{mount}/{format.Name}/metadata", PageVerbs, context =>
            {
                var urls = PageUrls.For(context.Request, mount);
                var op = OperationParameter(context.Request.QueryString);
                if (op.Length == 0) return WriteHtmlAsync(context, list.Render(format, urls));
                return metadata.FindOperation(op) is { } operation
                    ? operationPages.WriteAsync(context, operation, format, urls)
                    : WriteServiceNotAvailable(context);
            }).WithDisplayName($"{format.Label} metadata pages");
        }
        return endpoints;
    }

    /// <summary>The page's <c>?op=</c>, read off the query string without building the query collection.</summary>
    private static string OperationParameter(QueryString query)
    {
        foreach (var pair in new QueryStringEnumerable(query.Value))
        {
            if (pair.DecodeName().Span.Equals("op", StringComparison.OrdinalIgnoreCase))
                return pair.DecodeValue().ToString();
        }
        return "";
    }

    private static Task WriteHtmlAsync(HttpContext context, string html)
    {
        var body = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = HtmlContentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>As ServiceStack answers a page for an operation it does not show: 403 "Service Not Available", no body.</summary>
    private static Task WriteServiceNotAvailable(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Service Not Available";
        return Task.CompletedTask;
    }
}
