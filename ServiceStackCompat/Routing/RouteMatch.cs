using ServiceStackCompat.Formats;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Routing;

/// <summary>How a request's DTO is read: from a user route, or from a predefined route that names the operation.</summary>
public enum BindingMode
{
    /// <summary>Body by its Content-Type, then the query string, then path variables (which win).</summary>
    UserRoute,

    /// <summary>Body in the route's format whatever the Content-Type; the query fills only what the body left empty.</summary>
    PredefinedRoute,
}

/// <summary>A resolved request: the operation, the service method for the verb, and how to bind and answer it.</summary>
/// <param name="Operation">The operation whose route matched.</param>
/// <param name="Action">Null when the operation has no method for the verb (answered 405).</param>
/// <param name="PathVariables">The values of the route's {variables}, in the order they appear.</param>
/// <param name="Mode">Whether a user route or a predefined route matched.</param>
/// <param name="RouteFormat">The format a predefined route names (/json/reply/...), if any.</param>
/// <param name="SuffixFormat">The format of a ".json"-style suffix on the path, if any.</param>
public sealed record RouteMatch(
    OperationModel Operation,
    ServiceAction? Action,
    IReadOnlyList<KeyValuePair<string, string>> PathVariables,
    BindingMode Mode,
    WireFormat? RouteFormat = null,
    WireFormat? SuffixFormat = null);

/// <summary>A predefined route that names no operation of this service: answered 405 in the route's format.</summary>
public sealed record UnknownOperation(string Name, WireFormat Format);
