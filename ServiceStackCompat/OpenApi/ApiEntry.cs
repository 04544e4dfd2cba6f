using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.OpenApi;

/// <summary>Where a request property travels for one route and verb.</summary>
internal enum ParameterLocation
{
    Path,
    Query,
}

/// <summary>A property sent in the path or the query string rather than in the body.</summary>
internal sealed record ApiParameter(string Name, ParameterLocation In, PropertyModel Property, bool Required);

/// <summary>
/// One route and verb of an operation as both documents list it: the path below the host root
/// (with the mount point), its operationId and tag, its parameters, body and responses.
/// </summary>
internal sealed record ApiEntry(
    string Path,
    string Verb,
    OperationModel Operation,
    RouteModel Route,
    string OperationId,
    string Tag,
    IReadOnlyList<ApiParameter> Parameters,
    bool HasBody,
    bool BodyRequired,
    ValueShape? Response,
    TypeModel ErrorModel)
{
    public string? Summary => Route.Summary;

    /// <summary>The route's notes, else the operation's [Api] description, else the summary (as ServiceStack repeats it).</summary>
    public string? Description => Route.Notes ?? Operation.Description ?? Route.Summary;
}
