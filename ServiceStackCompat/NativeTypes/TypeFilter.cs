namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// IncludeTypes and ExcludeTypes: a name selects that type, "Name.*" an operation (or type) with its
/// response and every type it references, and a trailing "*" every type whose name starts with the rest.
/// Where the client library declares the built-in operations' DTOs (C#, F#, VB.NET), they are left out
/// unless IncludeTypes selects them, as ServiceStack does: declaring them again would make them ambiguous.
/// </summary>
internal static class TypeFilter
{
    public static Func<NativeType, bool> Select(
        SharedOptions options,
        IReadOnlyList<NativeOperation> operations,
        IReadOnlyList<NativeType> responses,
        IReadOnlyList<NativeType> types,
        Func<Type, NativeType> get,
        bool clientDeclaresBuiltIns)
    {
        var include = options.IncludeTypes;
        var exclude = options.ExcludeTypes;
        var everything = operations.Select(o => o.Request).Concat(responses).Concat(types).ToList();

        HashSet<NativeType>? selected = null;
        if (include.Count > 0)
        {
            selected = [];
            foreach (var entry in include)
            {
                if (entry.EndsWith(".*", StringComparison.Ordinal))
                {
                    var name = entry[..^2];
                    foreach (var root in everything.Where(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                        AddWithDependencies(root, selected, get);
                }
                else if (entry.EndsWith('*'))
                {
                    var prefix = entry[..^1];
                    selected.UnionWith(everything.Where(t => t.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
                }
                else
                {
                    selected.UnionWith(everything.Where(t => t.Name.Equals(entry, StringComparison.OrdinalIgnoreCase)));
                }
            }
        }

        var excluded = new HashSet<string>(exclude, StringComparer.OrdinalIgnoreCase);
        return type => !excluded.Contains(type.Name) && (selected is null
            ? !(clientDeclaresBuiltIns && type.IsBuiltInOperationType)
            : selected.Contains(type));
    }

    private static void AddWithDependencies(NativeType type, HashSet<NativeType> selected, Func<Type, NativeType> get)
    {
        if (type.IsServiceStackType || !selected.Add(type)) return;
        foreach (var dependency in NativeTypesContext.Dependencies(type))
            AddWithDependencies(get(dependency), selected, get);
    }
}
