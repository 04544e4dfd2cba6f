using System.Globalization;
using Microsoft.Extensions.Options;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.MetadataPages;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// Add ServiceStack Reference: /types lists the languages, /types/{language} answers the DTOs in that language for the options
/// sent as query arguments, and /types/metadata the language-neutral MetadataTypes document.
/// </summary>
public static class NativeTypesEndpoints
{
    public static readonly IReadOnlyList<INativeTypesGenerator> Generators =
    [
        new CSharpGenerator(),
        new TypeScriptGenerator(declarationsOnly: false),
        new TypeScriptGenerator(declarationsOnly: true),
        new JavaScriptGenerator(),
        new MjsGenerator(),
        new PhpGenerator(),
        new PythonGenerator(),
        new JavaGenerator(),
        new KotlinGenerator(),
        new SwiftGenerator(),
        new DartGenerator(),
        new FSharpGenerator(),
        new VbNetGenerator(),
    ];

    /// <summary>Maps the literal /types/* endpoints below <paramref name="basePath"/> (they win over the operations' catch-all).</summary>
    public static IEndpointRouteBuilder MapNativeTypes(this IEndpointRouteBuilder endpoints, string basePath)
    {
        var prefix = "/" + basePath.Trim('/');
        if (prefix == "/") prefix = "";
        foreach (var generator in Generators)
        {
            endpoints.MapGet($"{prefix}/types/{generator.Language}", (HttpContext http) => WriteAsync(http, prefix, generator.ContentType, generator.Generate, generator.ClientDeclaresBuiltIns))
                .WithDisplayName($"Native types ({generator.Language})");
        }
        endpoints.MapGet($"{prefix}/types", (HttpContext http) => NativeTypesIndex.WriteAsync(http, prefix))
            .WithDisplayName("Native types (index)");
        endpoints.MapGet($"{prefix}/types/metadata", (HttpContext http) => WriteAsync(http, prefix, "application/json; charset=utf-8", MetadataTypesWriter.Write))
            .WithDisplayName("Native types (metadata)");
        return endpoints;
    }

    /// <summary>The selection and settings for one request: its options, the client-facing base URL and the host's version.</summary>
    public static NativeTypesContext CreateContext(HttpContext http, string prefix, bool clientDeclaresBuiltIns = false)
    {
        var metadata = http.RequestServices.GetRequiredService<ServiceMetadata>();
        var hostOptions = http.RequestServices.GetRequiredService<IOptions<ServiceHostOptions>>().Value;
        var request = http.Request;
        return new NativeTypesContext(metadata, SentOptions.FromQuery(request.Query), PageUrls.For(request, prefix).Root, FormatVersion(hostOptions.Version), DateTime.Now, clientDeclaresBuiltIns);
    }

    /// <summary>ServiceStack writes version 8.4.0 as "8.40": major, a dot, then minor and build digits.</summary>
    public static string FormatVersion(string version)
    {
        if (!Version.TryParse(version, out var parsed)) return version;
        return string.Create(CultureInfo.InvariantCulture, $"{parsed.Major}.{parsed.Minor}{Math.Max(parsed.Build, 0)}");
    }

    private static async Task WriteAsync(HttpContext http, string prefix, string contentType, Func<NativeTypesContext, string> generate, bool clientDeclaresBuiltIns = false)
    {
        var body = generate(CreateContext(http, prefix, clientDeclaresBuiltIns));
        http.Response.ContentType = contentType;
        Pipeline.VaryByAccept.Apply(http.Response);
        await http.Response.WriteAsync(body, http.RequestAborted);
    }
}
