using System.Collections.Frozen;

namespace ServiceStackCompat.Metadata;

/// <summary>The dotted paths of a request's secret properties (e.g. "SystemUser.Password"), for the metadata model.</summary>
internal static class SecretFieldPaths
{
    public static FrozenSet<string> Of(TypeModel request) => Collect(request, null, []).ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> Collect(TypeModel model, string? prefix, HashSet<TypeModel> visiting)
    {
        if (!visiting.Add(model)) yield break;
        foreach (var property in model.Properties)
        {
            var path = prefix is null ? property.Name : $"{prefix}.{property.Name}";
            if (property.IsSecret) yield return path;
            if (property.Shape is TypeModel nested)
                foreach (var inner in Collect(nested, path, visiting)) yield return inner;
        }
        visiting.Remove(model);
    }
}
