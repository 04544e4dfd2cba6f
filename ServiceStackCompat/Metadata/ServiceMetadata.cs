using System.Collections.Frozen;

namespace ServiceStackCompat.Metadata;

/// <summary>
/// The one metadata model, built once at start-up from the DTO and service assemblies. Routing,
/// binding, metadata pages, native types and API documents all read it.
/// </summary>
public sealed class ServiceMetadata
{
    private readonly FrozenDictionary<string, OperationModel> _byName;

    internal ServiceMetadata(IReadOnlyList<OperationModel> operations, IReadOnlyList<TypeModel> types, IReadOnlyList<Type> serviceTypes)
    {
        Operations = operations;
        Types = types;
        ServiceTypes = serviceTypes;
        _byName = operations.ToFrozenDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every operation, in a stable order (by name).</summary>
    public IReadOnlyList<OperationModel> Operations { get; }

    /// <summary>Every DTO class reachable from the operations (requests, responses and nested types).</summary>
    public IReadOnlyList<TypeModel> Types { get; }

    public IReadOnlyList<Type> ServiceTypes { get; }

    public IEnumerable<RouteModel> Routes => Operations.SelectMany(o => o.Routes);

    public OperationModel? FindOperation(string name) => _byName.GetValueOrDefault(name);
}
