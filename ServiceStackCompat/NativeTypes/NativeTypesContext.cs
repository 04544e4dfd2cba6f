using ServiceStackCompat;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// What one /types/{language} request generates: the operations and types selected by the client's
/// options, in ServiceStack's orders (operations, their responses, then the types they reference).
/// The orders languages list them in are in NativeTypesContext.Orders.cs, the members every language
/// adds to them in NativeTypesContext.AddedMembers.cs.
/// </summary>
public sealed partial class NativeTypesContext
{
    private readonly Dictionary<Type, NativeType> _byType;

    internal NativeTypesContext(ServiceMetadata metadata, SentOptions sent, string baseUrl, string version, DateTime date, bool clientDeclaresBuiltIns = false)
    {
        Sent = sent;
        Options = SharedOptions.Read(sent);
        BaseUrl = baseUrl;
        Version = version;
        Date = date;

        var models = metadata.Types.ToDictionary(t => t.Type);
        var builtIns = metadata.Operations.Where(o => IsServiceStackNamespace(o.RequestType))
            .SelectMany(o => o.ResponseType is null ? [o.RequestType] : new[] { o.RequestType, o.ResponseType })
            .ToHashSet();
        var all = new Dictionary<Type, NativeType>();
        NativeType Get(Type type)
        {
            if (!all.TryGetValue(type, out var native))
            {
                var isBuiltIn = builtIns.Contains(type);
                all[type] = native = new NativeType(type, models.GetValueOrDefault(type), IsServiceStackNamespace(type) && !isBuiltIn, isBuiltIn);
            }
            return native;
        }

        var operations = new List<NativeOperation>();
        var responses = new List<NativeType>();
        foreach (var model in metadata.Operations)
        {
            var request = Get(model.RequestType);
            request.Operation = new NativeOperation(model, request);
            operations.Add(request.Operation);
        }
        foreach (var operation in operations)
        {
            if (operation.Response is { Kind: TypeRefKind.Class } response && !Get(response.Type).IsServiceStackType)
            {
                var native = Get(response.Type);
                if (!native.IsRequest && !native.IsResponse)
                {
                    native.IsResponse = true;
                    responses.Add(native);
                }
            }
        }

        // The referenced types in discovery order: for each operation, its request's then its response's
        // references (base classes, property types, collection elements), depth first.
        var types = new List<NativeType>();
        var visited = new HashSet<Type>();
        void Visit(Type type)
        {
            if (!visited.Add(type)) return;
            foreach (var reference in DirectReferences(Get(type)))
            {
                var native = Get(reference);
                // ServiceStack's own types (ResponseStatus and the like) are the client library's to declare.
                if (!native.IsRequest && !native.IsResponse && !native.IsServiceStackType && !types.Contains(native))
                    types.Add(native);
                Visit(reference);
            }
        }
        foreach (var operation in operations)
        {
            Visit(operation.Request.Type);
            foreach (var type in operation.Response?.UserTypes() ?? [])
            {
                var native = Get(type);
                if (!native.IsRequest && !native.IsResponse && !native.IsServiceStackType && !types.Contains(native)) types.Add(native);
                Visit(type);
            }
        }
        _byType = all;

        var included = TypeFilter.Select(Options, operations, responses, types, Get, clientDeclaresBuiltIns);
        Operations = operations.Where(o => included(o.Request)).ToList();
        Requests = Operations.Select(o => o.Request).ToList();
        Responses = responses.Where(included).ToList();
        Types = types.Where(included).ToList();
    }

    /// <summary>The options as the client sent them (for the header); each language reads its own from them.</summary>
    public SentOptions Sent { get; }

    /// <summary>The options every language honours.</summary>
    public SharedOptions Options { get; }

    /// <summary>http(s)://{host}/api: where the client sends the routes declared on the DTOs.</summary>
    public string BaseUrl { get; }

    /// <summary>The host's version as ServiceStack writes it ("8.40").</summary>
    public string Version { get; }

    public DateTime Date { get; }

    public IReadOnlyList<NativeOperation> Operations { get; }

    /// <summary>The request DTOs of <see cref="Operations"/>, by operation name.</summary>
    public IReadOnlyList<NativeType> Requests { get; }

    /// <summary>The response DTOs that are not also requests, in operation order.</summary>
    public IReadOnlyList<NativeType> Responses { get; }

    /// <summary>The other DTOs and enums the operations reference, in discovery order.</summary>
    public IReadOnlyList<NativeType> Types { get; }

    public IReadOnlyList<string> Namespaces =>
        DeclaredTypesRequestsFirst.Select(t => t.Namespace).Distinct().ToList();

    public NativeType? Find(Type type) => _byType.GetValueOrDefault(type);

    /// <summary>Whether a generated file declares this type (it was selected and is not ServiceStack's own).</summary>
    public bool Declares(Type type) => _byType.TryGetValue(type, out var native) && DeclaredTypesRequestsFirst.Contains(native);

    /// <summary>The name a DTO's base class is declared under; null when it has none.</summary>
    public string? BaseNameOf(NativeType type) => type.BaseType is null ? null : Find(type.BaseType)?.Name ?? type.BaseType.Name;

    /// <summary>The namespace ServiceStack's clients know the layer's own types by.</summary>
    public const string ServiceStackNamespace = "ServiceStack";

    /// <summary>A type of the layer's contract (ResponseStatus, Authenticate...), which ServiceStack declares in its own namespace.</summary>
    public static bool IsServiceStackNamespace(Type type) => type.Namespace == typeof(ResponseStatus).Namespace;

    /// <summary>What a type needs declared with it: its references and, for a request, what it returns.</summary>
    internal static IEnumerable<Type> Dependencies(NativeType type) =>
        DirectReferences(type).Concat(type.Operation?.Response?.UserTypes() ?? []);

    internal static IEnumerable<Type> DirectReferences(NativeType type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var property in type.Properties)
            foreach (var reference in property.Type.UserTypes())
                yield return reference;
    }
}
