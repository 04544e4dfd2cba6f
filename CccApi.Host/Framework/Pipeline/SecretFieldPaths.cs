using System.Collections.Concurrent;
using System.Collections.Frozen;
using CccApi.Host.Framework.Metadata;

namespace CccApi.Host.Framework.Pipeline;

/// <summary>The dotted paths of a request's secret properties (e.g. "SystemUser.Password"), computed once per operation.</summary>
internal static class SecretFieldPaths
{
    private static readonly ConcurrentDictionary<OperationModel, FrozenSet<string>> Cache = new();

    public static IReadOnlySet<string> Of(OperationModel operation) =>
        Cache.GetOrAdd(operation, static op => Collect(op.Request, null, []).ToFrozenSet(StringComparer.Ordinal));

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
