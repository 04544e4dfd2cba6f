using ServiceStackCompat.Metadata;
using ServiceStackCompat.Validation;

namespace ServiceStackCompat.OpenApi;

/// <summary>
/// What both documents describe, read once from the metadata model: one entry per route and verb,
/// and every DTO class those entries reach (requests, responses, nested and error types).
/// </summary>
internal sealed class ApiDescription
{
    /// <summary>The verbs a route that names none is listed under, as ServiceStack lists an Any route.</summary>
    private static readonly string[] AnyVerbs = ["GET", "POST", "PUT", "DELETE"];

    private static readonly HashSet<string> BodyVerbs = new(["POST", "PUT", "PATCH"], StringComparer.Ordinal);

    private readonly Dictionary<Type, HashSet<string>> _pathBoundProperties = [];

    /// <summary>What the validators allow each member to hold, published as maxLength and maxItems.</summary>
    public ValidationLimits Limits { get; }

    public ApiDescription(ServiceMetadata metadata, ServiceHostOptions options, ValidationLimits limits)
    {
        Limits = limits;
        Title = $"{options.ServiceName} v{options.Version}";
        var mount = "/" + options.BasePath.Trim('/');
        if (mount == "/") mount = "";

        var shapes = new ShapeFactory(); // for list responses and ErrorResponse, which the model has no class entry for
        var entries = new List<ApiEntry>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in metadata.Operations)
        {
            var pathBound = _pathBoundProperties[operation.RequestType] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var response = operation.ResponseModel ?? (operation.ResponseType is { } type ? shapes.GetShape(type) : null);
            var error = operation.ResponseHasStatus ? operation.ResponseModel! : shapes.GetTypeModel(typeof(ErrorResponse));
            foreach (var route in operation.Routes)
            {
                pathBound.UnionWith(OperationNaming.PathVariables(route));
                foreach (var verb in VerbsOf(operation, route))
                {
                    var id = OperationNaming.OperationId(operation, route, verb);
                    for (var n = 2; !usedIds.Add(id); n++) id = OperationNaming.OperationId(operation, route, verb) + n;
                    entries.Add(CreateEntry(mount, operation, route, verb, id, response, error));
                }
            }
        }
        Entries = entries;
        Tags = entries.Select(e => e.Tag).Distinct(StringComparer.Ordinal).ToList();
        Definitions = Reachable(entries);
    }

    public string Title { get; }

    public IReadOnlyList<ApiEntry> Entries { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Every DTO class the entries refer to, in the order first reached.</summary>
    public IReadOnlyList<TypeModel> Definitions { get; }

    /// <summary>
    /// The JSON names of a class's required properties. A request's path variables are left out:
    /// they travel in the path, so the body need not repeat them.
    /// </summary>
    public IReadOnlyList<string> RequiredOf(TypeModel model)
    {
        var pathBound = _pathBoundProperties.GetValueOrDefault(model.Type);
        return model.Properties
            .Where(p => p.ApiMember?.IsRequired == true && pathBound?.Contains(p.Name) != true)
            .Select(WireNames.Property)
            .ToList();
    }

    private static IEnumerable<string> VerbsOf(OperationModel operation, RouteModel route)
    {
        if (route.Verbs is not null) return route.Verbs;
        var implemented = operation.Actions.Select(a => a.Verb).ToList();
        return implemented.Contains("ANY") ? AnyVerbs : AnyVerbs.Where(implemented.Contains);
    }

    private static ApiEntry CreateEntry(string mount, OperationModel operation, RouteModel route, string verb, string id, ValueShape? response, TypeModel error)
    {
        var pathVariables = OperationNaming.PathVariables(route).ToList();
        var hasBody = BodyVerbs.Contains(verb);
        var parameters = new List<ApiParameter>();
        foreach (var variable in pathVariables)
            parameters.Add(new ApiParameter(variable, ParameterLocation.Path, operation.Request.FindProperty(variable)!, Required: true));

        var rest = operation.Request.Properties.Where(p => !pathVariables.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var property in rest.Where(p => IsQuery(p, hasBody)))
            parameters.Add(new ApiParameter(WireNames.Property(property), ParameterLocation.Query, property, property.ApiMember?.IsRequired == true));

        var bodyRequired = hasBody && rest.Any(p => p.ApiMember?.IsRequired == true && !IsQuery(p, hasBody));
        return new ApiEntry(OperationNaming.DocumentPath(mount, route), verb, operation, route, id,
            OperationNaming.Tag(operation, route), parameters, hasBody, bodyRequired, response, error);
    }

    /// <summary>
    /// Without a body every other property goes in the query string when it can be written there (a
    /// scalar or a list of scalars); with a body, only those declared ParameterType = "query".
    /// </summary>
    private static bool IsQuery(PropertyModel property, bool hasBody)
    {
        if (hasBody) return string.Equals(property.ApiMember?.ParameterType, "query", StringComparison.OrdinalIgnoreCase);
        return property.Shape is ScalarShape || property.Shape is CollectionShape { Element: ScalarShape };
    }

    private static List<TypeModel> Reachable(IEnumerable<ApiEntry> entries)
    {
        var found = new List<TypeModel>();
        var seen = new HashSet<Type>();
        var pending = new Queue<ValueShape>();
        foreach (var entry in entries)
        {
            pending.Enqueue(entry.Operation.Request);
            if (entry.Response is not null) pending.Enqueue(entry.Response);
            pending.Enqueue(entry.ErrorModel);
        }
        while (pending.TryDequeue(out var shape))
        {
            switch (shape)
            {
                case TypeModel model when seen.Add(model.Type):
                    found.Add(model);
                    foreach (var property in model.Properties) pending.Enqueue(property.Shape);
                    break;
                case CollectionShape collection:
                    pending.Enqueue(collection.Element);
                    break;
                case DictionaryShape dictionary:
                    pending.Enqueue(dictionary.Value);
                    break;
            }
        }
        return found;
    }
}
