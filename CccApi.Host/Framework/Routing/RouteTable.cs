using CccApi.Host.Framework.Metadata;

namespace CccApi.Host.Framework.Routing;

/// <summary>The user routes of every operation, most specific first; built once from the metadata.</summary>
public sealed class RouteTable
{
    private readonly (RouteModel Route, RouteTemplate Template)[] _routes;

    public RouteTable(ServiceMetadata metadata)
    {
        _routes = metadata.Routes
            .Select(r => (Route: r, Template: new RouteTemplate(r.Path)))
            .OrderBy(r => r.Template, Comparer<RouteTemplate>.Create((a, b) => a.CompareSpecificity(b)))
            .ToArray();
    }

    /// <summary>
    /// Finds the route and service method for a verb and a path relative to the mount point.
    /// A path whose routes exist only for other verbs does not match.
    /// </summary>
    public RouteMatch? Match(string verb, string relativePath)
    {
        var segments = SplitPath(relativePath);
        var variables = new List<KeyValuePair<string, string>>();
        foreach (var (route, template) in _routes)
        {
            if (!route.AllowsVerb(verb)) continue;
            var action = route.Operation.FindAction(verb);
            if (action is null) continue;
            if (template.TryMatch(segments, variables))
                return new RouteMatch(route, action, variables);
        }
        return null;
    }

    public static string[] SplitPath(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A matched route with its service method and the path variables it captured.</summary>
public sealed record RouteMatch(RouteModel Route, ServiceAction Action, IReadOnlyList<KeyValuePair<string, string>> PathVariables)
{
    public OperationModel Operation => Route.Operation;
}
