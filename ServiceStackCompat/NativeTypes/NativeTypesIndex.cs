using ServiceStackCompat.Errors;
using ServiceStackCompat.Formats;
using ServiceStackCompat.MetadataPages;
using ServiceStackCompat.Pipeline;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// /types: ServiceStack's TypeLinks service, a map from each language's name to the absolute URL of its
/// /types/{language} answer, written like an operation's response in the negotiated format (JSON by
/// default; ?format=, ?callback=, Accept: XML, JSV, CSV or the HTML page).
/// </summary>
public static class NativeTypesIndex
{
    /// <summary>ServiceStack's names for the links, in its order, each with the path segment it points at.</summary>
    private static readonly (string Name, string Language)[] Links =
    [
        ("Metadata", "metadata"),
        ("CSharp", "csharp"),
        ("FSharp", "fsharp"),
        ("VbNet", "vbnet"),
        ("TypeScript", "typescript"),
        ("TypeScriptDefinition", "typescript.d"),
        ("CommonJs", "js"),
        ("Mjs", "mjs"),
        ("Php", "php"),
        ("Dart", "dart"),
        ("Java", "java"),
        ("Kotlin", "kotlin"),
        ("Swift", "swift"),
        ("Python", "python"),
    ];

    /// <summary>The operation name ServiceStack gives the index (it names CSV attachments and HTML titles).</summary>
    private const string OperationName = "TypeLinks";

    /// <summary>Every link, to the endpoints below <paramref name="baseUrl"/> (http(s)://host/api).</summary>
    public static Dictionary<string, string> Create(string baseUrl) =>
        Links.ToDictionary(link => link.Name, link => $"{baseUrl}/types/{link.Language}");

    public static async Task WriteAsync(HttpContext http, string prefix)
    {
        var negotiator = http.RequestServices.GetRequiredService<ResponseNegotiator>();
        var request = http.Request;
        var baseUrl = PageUrls.For(request, prefix).Root;
        ResponseFormat format;
        try
        {
            format = negotiator.Negotiate(request, match: null);
        }
        catch (HostHttpException unknownFormat)
        {
            // ?format= names no format: answered as any operation answers it, a 400 in JSON.
            var outcome = http.RequestServices.GetRequiredService<ExceptionMapper>().Map(unknownFormat);
            http.Response.StatusCode = outcome.StatusCode;
            VaryByAccept.Apply(http.Response);
            await ResponseWriter.WriteAsync(http, negotiator.Fallback(request), new ErrorResponse { ResponseStatus = outcome.Status }, OperationName);
            return;
        }
        VaryByAccept.Apply(http.Response);
        await ResponseWriter.WriteAsync(http, format, Create(baseUrl), OperationName);
    }
}
