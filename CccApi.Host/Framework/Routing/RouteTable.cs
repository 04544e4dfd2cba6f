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
    /// Finds the route and service method for a verb and the segments of a path below the mount
    /// point. A path whose routes exist only for other verbs does not match.
    /// </summary>
    public (RouteModel Route, ServiceAction Action, List<KeyValuePair<string, string>> Variables)? Match(string verb, IReadOnlyList<string> segments)
    {
        var variables = new List<KeyValuePair<string, string>>();
        foreach (var (route, template) in _routes)
        {
            if (!route.AllowsVerb(verb)) continue;
            var action = route.Operation.FindAction(verb);
            if (action is null) continue;
            if (template.TryMatch(segments, variables))
                return (route, action, variables);
        }
        return null;
    }
}
