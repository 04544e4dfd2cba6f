using System.Text;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.Routing;

namespace ServiceStackCompat.OpenApi;

/// <summary>The operationIds, tags and document paths ServiceStack.Api.OpenApi gives a route and verb.</summary>
internal static class OperationNaming
{
    /// <summary>
    /// The request's name, the declared path without its punctuation, then the verb as ServiceStack
    /// names it: CreateServiceservices_Post, ResellerCollectionAccessresellersResellerGuidcollectionaccessCollectionGuid_Create (PUT).
    /// </summary>
    public static string OperationId(OperationModel operation, RouteModel route, string verb)
    {
        var id = new StringBuilder(operation.Name);
        foreach (var c in route.Path)
            if (char.IsLetterOrDigit(c) || c == '_') id.Append(c);
        return id.Append('_').Append(VerbName(verb)).ToString();
    }

    /// <summary>The first literal segment of the declared path ("services" for /services/{ServiceGuid}/skus).</summary>
    public static string Tag(OperationModel operation, RouteModel route) =>
        route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !s.StartsWith('{')) ?? operation.Name;

    /// <summary>The path below the host root: the mount point, then the route with a wildcard {Name*} written as {Name}.</summary>
    public static string DocumentPath(string mount, RouteModel route)
    {
        var segments = route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.StartsWith('{') && s.EndsWith("*}", StringComparison.Ordinal) ? s[..^2] + "}" : s);
        var path = mount + "/" + string.Join("/", segments);
        // As declared, as on the metadata pages: "/partners/{PartnerGuid}/skus/" keeps its trailing slash.
        return route.Path.Length > 1 && route.Path.EndsWith('/') ? path + "/" : path;
    }

    public static IEnumerable<string> PathVariables(RouteModel route) => new RouteTemplate(route.Path).VariableNames;

    private static string VerbName(string verb) => verb switch
    {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Create",
        "DELETE" => "Delete",
        _ => verb[..1] + verb[1..].ToLowerInvariant(),
    };
}
