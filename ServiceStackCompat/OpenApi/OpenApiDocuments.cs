using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.Validation;

namespace ServiceStackCompat.OpenApi;

/// <summary>Both documents, built once from the metadata model and written per request for the caller's host.</summary>
internal sealed class OpenApiDocuments
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public OpenApiDocuments(ServiceMetadata metadata, IOptions<ServiceHostOptions> options, IEnumerable<OpenApiSecurityScheme> securitySchemes, ValidationLimits limits)
    {
        var api = new ApiDescription(metadata, options.Value, limits);
        var schemes = securitySchemes.ToList();
        Swagger2 = new Swagger2Document(api, schemes);
        OpenApi31 = new OpenApi31Document(api, schemes);
    }

    public Swagger2Document Swagger2 { get; }

    public OpenApi31Document OpenApi31 { get; }

    public static async Task WriteAsync(HttpContext context, JsonObject document)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        Pipeline.VaryByAccept.Apply(context.Response);
        await context.Response.WriteAsync(document.ToJsonString(Compact), context.RequestAborted);
    }
}
