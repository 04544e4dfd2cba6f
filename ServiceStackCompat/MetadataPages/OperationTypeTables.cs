using System.Reflection;
using System.Runtime.Serialization;
using ServiceStackCompat;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>One "X Parameters:" table: a type and the properties it declares itself.</summary>
internal sealed record TypeTable(Type Type, IReadOnlyList<PropertyModel> Properties);

/// <summary>
/// The types an operation page documents, in the order ServiceStack lists them: the request, the
/// types reachable from its properties, then the response and the types reachable from it, each
/// class followed by its base classes and then the types their properties reach. The layer's own types (ResponseStatus...) are left out, as
/// ServiceStack leaves out its own, but for the request and response of a built-in operation (Authenticate).
/// </summary>
internal sealed class OperationTypeTables(IReadOnlyDictionary<Type, TypeModel> modelsByType)
{
    private static readonly string? FrameworkNamespace = typeof(ResponseStatus).Namespace;

    public IReadOnlyList<TypeTable> For(OperationModel operation)
    {
        var visit = new Visit(modelsByType, [operation.RequestType, .. operation.ResponseType is null ? [] : new[] { operation.ResponseType }]);
        visit.Type(operation.RequestType);
        if (operation.ResponseType is not null) visit.Type(operation.ResponseType);
        return visit.Tables;
    }

    private static bool IsDocumented(Type type) =>
        type != typeof(object) && type.Namespace != FrameworkNamespace
        && !(type.Namespace?.StartsWith("System", StringComparison.Ordinal) ?? false);

    private sealed class Visit(IReadOnlyDictionary<Type, TypeModel> modelsByType, HashSet<Type> operationTypes)
    {
        private readonly HashSet<Type> _seen = [];

        public List<TypeTable> Tables { get; } = [];

        public void Type(Type type)
        {
            if (modelsByType.TryGetValue(type, out var model))
            {
                Model(model);
                return;
            }
            if (type.IsArray)
            {
                Type(type.GetElementType()!);
                return;
            }
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments()) Type(argument);
            }
        }

        /// <summary>The class's table and its base classes' tables, then the types their properties reach (as the original lists BaseResponse before a paged response's item type).</summary>
        private void Model(TypeModel model)
        {
            if (!(IsDocumented(model.Type) || operationTypes.Contains(model.Type)) || !_seen.Add(model.Type)) return;
            var tables = new List<TypeTable> { Declared(model, model.Type) };
            for (var baseType = model.Type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (!IsDocumented(baseType) || !_seen.Add(baseType)) continue;
                tables.Add(Declared(model, baseType));
            }
            Tables.AddRange(tables);
            foreach (var property in tables.SelectMany(t => t.Properties)) Type(property.Type);
        }

        /// <summary>The table of the properties <paramref name="declaringType"/> declares.</summary>
        private static TypeTable Declared(TypeModel model, Type declaringType) =>
            new(declaringType, model.Properties
                .Where(p => p.Info.DeclaringType == declaringType && !p.Info.IsDefined(typeof(IgnoreDataMemberAttribute)))
                .ToList());
    }
}
