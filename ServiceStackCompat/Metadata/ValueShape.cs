using System.Collections;
using System.Linq.Expressions;

namespace ServiceStackCompat.Metadata;

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
public sealed class CollectionShape : ValueShape
{
    private readonly Func<IList> _createList;

    public CollectionShape(Type clrType, ValueShape element) : base(clrType)
    {
        Element = element;
        var listType = typeof(List<>).MakeGenericType(element.ClrType);
        _createList = Expression.Lambda<Func<IList>>(Expression.New(listType)).Compile();
    }

    public ValueShape Element { get; }

    public bool IsArray => ClrType.IsArray;

    /// <summary>Builds the property value from the collected elements (a typed List or array).</summary>
    public object Create(List<object?> items)
    {
        var list = _createList();
        foreach (var item in items) list.Add(item);
        if (!IsArray) return list;
        var array = Array.CreateInstance(Element.ClrType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }
}

/// <summary>A dictionary whose keys are scalars.</summary>
public sealed class DictionaryShape : ValueShape
{
    private readonly Func<IDictionary> _create;

    public DictionaryShape(Type clrType, ScalarShape key, ValueShape value) : base(clrType)
    {
        Key = key;
        Value = value;
        var dictionaryType = typeof(Dictionary<,>).MakeGenericType(key.ClrType, value.ClrType);
        _create = Expression.Lambda<Func<IDictionary>>(Expression.New(dictionaryType)).Compile();
    }

    public ScalarShape Key { get; }

    public ValueShape Value { get; }

    public IDictionary Create() => _create();
}
