using ServiceStackCompat.Formats;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Routing;

/// <summary>
/// Resolves a path below the mount point as ServiceStack does: a format suffix is set aside, user
/// routes come first, then the predefined routes (<c>/{format}/reply|oneway/{Operation}</c>), then
/// the JSON API route (<c>/{Operation}</c> and <c>/api/{Operation}</c>). Anything else is unmatched.
/// </summary>
public sealed class RequestResolver(RouteTable routes, ServiceMetadata metadata, FormatRegistry formats)
{
    private static readonly string[] SuffixFormats = ["json", "xml", "jsv", "csv"];

    /// <returns>A <see cref="RouteMatch"/>, an <see cref="UnknownOperation"/>, or null when nothing matches.</returns>
    public object? Resolve(string verb, string relativePath)
    {
        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var suffixFormat = TakeSuffixFormat(segments);

        if (routes.Match(verb, segments) is { } user)
            return new RouteMatch(user.Route.Operation, user.Action, user.Variables, BindingMode.UserRoute, SuffixFormat: suffixFormat);

        if (segments.Length == 3 && formats.FindByName(segments[0]) is { CanReadRequests: true } routeFormat
            && (segments[1].Equals("reply", StringComparison.OrdinalIgnoreCase) || segments[1].Equals("oneway", StringComparison.OrdinalIgnoreCase)))
        {
            var operation = metadata.FindOperation(segments[2]);
            return operation is null
                ? new UnknownOperation(segments[2], routeFormat)
                : new RouteMatch(operation, operation.FindAction(verb), [], BindingMode.PredefinedRoute, routeFormat);
        }

        var name = segments.Length switch
        {
            1 => segments[0],
            2 when segments[0].Equals("api", StringComparison.OrdinalIgnoreCase) => segments[1],
            _ => null,
        };
        if (name is not null && metadata.FindOperation(name) is { } apiOperation)
        {
            // A JSON POST may call any operation that has one method (clients send every DTO that
            // way); other verbs must match, so a GET can never reach an operation that writes.
            var action = apiOperation.FindAction(verb)
                ?? (HttpMethods.IsPost(verb) && apiOperation.Actions.Count == 1 ? apiOperation.Actions.First() : null);
            return new RouteMatch(apiOperation, action, [], BindingMode.PredefinedRoute, formats.Json);
        }
        return null;
    }

    /// <summary>Strips ".json", ".xml", ".jsv" or ".csv" from the last segment and returns that format.</summary>
    private WireFormat? TakeSuffixFormat(string[] segments)
    {
        if (segments.Length == 0) return null;
        var last = segments[^1];
        var dot = last.LastIndexOf('.');
        if (dot <= 0) return null;
        var extension = last.AsSpan(dot + 1);
        foreach (var name in SuffixFormats)
        {
            if (!extension.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            segments[^1] = last[..dot];
            return formats.FindByName(name);
        }
        return null;
    }
}
