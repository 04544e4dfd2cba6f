using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Routing;

/// <summary>
/// The user routes of every operation, most specific first; built once from the metadata. Each path
/// length has its own list (the routes of that many segments, and the wildcard routes short enough to
/// take it), so a request is compared only with routes it could match.
/// </summary>
public sealed class RouteTable
{
    private readonly RouteEntry[][] _byLength;
    private readonly RouteEntry[] _longerPaths;

    public RouteTable(ServiceMetadata metadata)
    {
        var entries = metadata.Routes
            .Select(r => new RouteEntry(r, new RouteTemplate(r.Path)))
            .OrderBy(e => e.Template, Comparer<RouteTemplate>.Create((a, b) => a.CompareSpecificity(b)))
            .ToArray();
        var longest = entries.Length == 0 ? 0 : entries.Max(e => e.Template.SegmentCount);
        _byLength = new RouteEntry[longest + 1][];
        for (var length = 0; length <= longest; length++)
            _byLength[length] = [.. entries.Where(e => e.Template.Accepts(length))];
        _longerPaths = [.. entries.Where(e => e.Template.HasWildcard)];
    }

    /// <summary>
    /// Finds the route and service method for a verb and the segments of a path below the mount
    /// point. A path whose routes exist only for other verbs does not match.
    /// </summary>
    public (RouteModel Route, ServiceAction Action, List<KeyValuePair<string, string>> Variables)? Match(string verb, string[] segments)
    {
        var candidates = segments.Length < _byLength.Length ? _byLength[segments.Length] : _longerPaths;
        List<KeyValuePair<string, string>>? variables = null;
        foreach (var entry in candidates)
        {
            if (entry.ActionFor(verb) is not { } action) continue;
            if (entry.Template.TryMatch(segments, ref variables))
                return (entry.Route, action, variables ?? []);
        }
        return null;
    }

    /// <summary>A route with its parsed path, and the service method for each verb it allows, looked up once.</summary>
    private sealed class RouteEntry
    {
        private readonly Dictionary<string, ServiceAction>? _actionsByVerb;

        public RouteEntry(RouteModel route, RouteTemplate template)
        {
            Route = route;
            Template = template;
            if (route.Verbs is { } verbs)
            {
                _actionsByVerb = new(StringComparer.OrdinalIgnoreCase);
                foreach (var verb in verbs)
                {
                    if (route.Operation.FindAction(verb) is { } action) _actionsByVerb.TryAdd(verb, action);
                }
            }
        }

        public RouteModel Route { get; }

        public RouteTemplate Template { get; }

        /// <summary>The method serving this verb on this route; null when the route does not allow the verb or the service lacks it.</summary>
        public ServiceAction? ActionFor(string verb) =>
            _actionsByVerb is null ? Route.Operation.FindAction(verb) : _actionsByVerb.GetValueOrDefault(verb);
    }
}
