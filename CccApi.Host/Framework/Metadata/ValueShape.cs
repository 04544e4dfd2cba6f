using System.Collections;

namespace CccApi.Host.Framework.Metadata;

/// <summary>How a CLR type is read from a request: a scalar parsed from text, an object, a list or a dictionary.</summary>
public abstract class ValueShape(Type clrType)
{
    public Type ClrType { get; } = clrType;

    /// <summary>True when null is a legal value (reference types and <see cref="Nullable{T}"/>).</summary>
    public bool AcceptsNull { get; } = !clrType.IsValueType || Nullable.GetUnderlyingType(clrType) is not null;
}

public enum ScalarKind
{
    String,
    Boolean,
    Integer,
    Float,
    Decimal,
    Guid,
    DateTime,
    DateTimeOffset,
    TimeSpan,
    Enum,
    Char,
}

/// <summary>A value written as one token: string, number, boolean, Guid, date or enum.</summary>
public sealed class ScalarShape(Type clrType, Type valueType, ScalarKind kind) : ValueShape(clrType)
{
    /// <summary>The non-nullable type the value has (int for int?).</summary>
    public Type ValueType { get; } = valueType;

    public ScalarKind Kind { get; } = kind;
}

/// <summary>A list or array of one element shape.</summary>
public sealed class CollectionShape(Type clrType, ValueShape element) : ValueShape(clrType)
{
    public ValueShape Element { get; } = element;

    public bool IsArray => ClrType.IsArray;

    /// <summary>Builds the property value from the collected elements (a typed List or array).</summary>
    public object Create(List<object?> items)
    {
        var elementType = Element.ClrType;
        if (IsArray)
        {
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
            return array;
        }
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items) list.Add(item);
        return list;
    }
}

/// <summary>A dictionary whose keys are scalars.</summary>
public sealed class DictionaryShape(Type clrType, ScalarShape key, ValueShape value) : ValueShape(clrType)
{
    public ScalarShape Key { get; } = key;

    public ValueShape Value { get; } = value;

    public IDictionary Create() =>
        (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(Key.ClrType, Value.ClrType))!;
}
