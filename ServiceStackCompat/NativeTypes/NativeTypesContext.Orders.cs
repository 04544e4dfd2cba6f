namespace ServiceStackCompat.NativeTypes;

/// <summary>The orders in which languages list the types a file declares.</summary>
public sealed partial class NativeTypesContext
{
    /// <summary>Requests, then responses, then the other types: everything a file declares, in the order Java, Kotlin and Swift list it.</summary>
    public IEnumerable<NativeType> DeclaredTypesRequestsFirst => Requests.Concat(Responses).Concat(Types);

    /// <summary>The declared types in <paramref name="inNamespace"/> (every one when null) by name, as C# and VB.NET list them.</summary>
    public IEnumerable<NativeType> DeclaredTypesByName(string? inNamespace) =>
        DeclaredTypesRequestsFirst.Where(t => inNamespace is null || t.Namespace == inNamespace).OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>
    /// The declared types, with ServiceStack's own when the language declares those too, each after the
    /// types it depends on (base class, property types, response type): for languages that need a type
    /// declared before it is used.
    /// </summary>
    public IReadOnlyList<NativeType> DeclaredTypesDependenciesFirst(bool withServiceStackTypes) =>
        OrderByDependencies(withServiceStackTypes, out _);

    /// <summary>Whether some declared types depend on each other both ways (F# must then declare them together).</summary>
    public bool DeclaredTypesHaveCycle
    {
        get
        {
            OrderByDependencies(withServiceStackTypes: false, out var hasCycle);
            return hasCycle;
        }
    }

    private List<NativeType> OrderByDependencies(bool withServiceStackTypes, out bool hasCycle)
    {
        var ordered = new List<NativeType>();
        var state = new Dictionary<NativeType, bool>(); // false: in progress, true: done
        var cycle = false;
        void Add(NativeType type)
        {
            if (state.TryGetValue(type, out var done))
            {
                if (!done) cycle = true;
                return;
            }
            state[type] = false;
            foreach (var dependency in Dependencies(type))
            {
                var native = Find(dependency);
                if (native is not null && native != type && (native.IsServiceStackType ? withServiceStackTypes : Declares(native.Type))) Add(native);
            }
            state[type] = true;
            ordered.Add(type);
        }
        foreach (var root in Types.Concat(Responses).Concat(Requests)) Add(root);
        hasCycle = cycle;
        return ordered;
    }
}
