using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// Builds the sample DTOs of the operation pages from the metadata model: every property set, strings
/// "String", numbers 0, Guid.Empty, DateTime.MinValue, false, the first enum value, one-element
/// lists and dictionaries, nested objects populated (a type is not nested inside itself).
/// </summary>
internal static class SampleValues
{
    public static object Create(TypeModel model) => Populate(model, []);

    public static object? Create(ValueShape shape) => Value(shape, []);

    private static object Populate(TypeModel model, HashSet<Type> path)
    {
        var instance = model.Factory();
        path.Add(model.Type);
        foreach (var property in model.Properties)
        {
            var value = Value(property.Shape, path);
            if (value is not null && property.Type.IsInstanceOfType(value)) property.Set(instance, value);
        }
        path.Remove(model.Type);
        return instance;
    }

    private static object? Value(ValueShape shape, HashSet<Type> path) => shape switch
    {
        ScalarShape scalar => Scalar(scalar),
        TypeModel model => path.Contains(model.Type) ? null : Populate(model, path),
        CollectionShape collection => Value(collection.Element, path) is { } item ? collection.Create([item]) : null,
        DictionaryShape dictionary => Dictionary(dictionary, path),
        _ => null,
    };

    private static object? Dictionary(DictionaryShape shape, HashSet<Type> path)
    {
        var key = Scalar(shape.Key);
        var value = Value(shape.Value, path);
        if (key is null) return null;
        var dictionary = shape.Create();
        dictionary[key] = value;
        return dictionary;
    }

    private static object? Scalar(ScalarShape shape) => shape.Kind switch
    {
        ScalarKind.String => "String",
        ScalarKind.Boolean => false,
        ScalarKind.Integer or ScalarKind.Float or ScalarKind.Decimal => Convert.ChangeType(0, shape.ValueType, System.Globalization.CultureInfo.InvariantCulture),
        ScalarKind.Guid => Guid.Empty,
        ScalarKind.DateTime => DateTime.MinValue,
        ScalarKind.DateTimeOffset => DateTimeOffset.MinValue,
        ScalarKind.TimeSpan => TimeSpan.Zero,
        ScalarKind.Enum => Enum.GetValues(shape.ValueType) is { Length: > 0 } values ? values.GetValue(0) : Activator.CreateInstance(shape.ValueType),
        ScalarKind.Char => 'A',
        _ => null,
    };
}
