using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// The request line of an operation page's sample, chosen as ServiceStack's pages choose it: a verb that
/// sends a body when any route takes one (POST, then PUT, then PATCH; a route for every verb counts as
/// POST), else GET, then DELETE, which show only the request line, Host and Accept. The path is that of
/// the first route taking POST, else of the first route; without routes, the predefined reply route.
/// </summary>
internal sealed record SampleRequest(string Verb, string Path)
{
    private static readonly string[] VerbsWithBody = ["POST", "PUT", "PATCH"];
    private static readonly string[] VerbsWithoutBody = ["GET", "DELETE"];

    public bool HasBody => !VerbsWithoutBody.Contains(Verb, StringComparer.Ordinal);

    public static SampleRequest For(OperationModel operation, string basePath, string formatName)
    {
        if (operation.Routes.Count == 0) return new SampleRequest("POST", $"{basePath}/{formatName}/reply/{operation.Name}");
        var verbs = operation.Routes.SelectMany(r => r.Verbs ?? ["POST"]).ToHashSet(StringComparer.Ordinal);
        var verb = VerbsWithBody.Concat(VerbsWithoutBody).FirstOrDefault(verbs.Contains) ?? "POST";
        var route = operation.Routes.FirstOrDefault(r => r.Verbs is null || r.Verbs.Contains("POST", StringComparer.Ordinal)) ?? operation.Routes[0];
        return new SampleRequest(verb, basePath + route.Path);
    }
}
