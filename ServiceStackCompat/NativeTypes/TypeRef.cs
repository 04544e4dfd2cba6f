using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

public enum TypeRefKind
{
    Primitive,
    Enum,
    Class,
    List,
    Array,
    Dictionary,
}

/// <summary>A property's or response's type as the generators see it: a scalar, a DTO, or a collection of them.</summary>
public sealed class TypeRef
{
    private TypeRef(Type type, TypeRefKind kind, bool isNullableValue, TypeRef? element, TypeRef? key)
    {
        Type = type;
        Kind = kind;
        IsNullableValue = isNullableValue;
        Element = element;
        Key = key;
    }

    /// <summary>The CLR type without Nullable&lt;T&gt; (the whole collection type for collections).</summary>
    public Type Type { get; }

    public TypeRefKind Kind { get; }

    /// <summary>Declared as Nullable&lt;T&gt; of a value type.</summary>
    public bool IsNullableValue { get; }

    /// <summary>The element of a list or array, the value of a dictionary.</summary>
    public TypeRef? Element { get; }

    /// <summary>The key of a dictionary.</summary>
    public TypeRef? Key { get; }

    /// <summary>The CLR name (String, Int32, Guid, or the DTO's own); for collections the element's.</summary>
    public string Name => Type.Name;

    public bool IsValueType => Type.IsValueType;

    public bool IsCollection => Kind is TypeRefKind.List or TypeRefKind.Array or TypeRefKind.Dictionary;

    /// <summary>A DTO class or enum that is declared in generated code (or is a ServiceStack type).</summary>
    public bool IsUserType => Kind is TypeRefKind.Class or TypeRefKind.Enum;

    public static TypeRef From(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
            return new TypeRef(underlying, underlying.IsEnum ? TypeRefKind.Enum : TypeRefKind.Primitive, true, null, null);
        if (type.IsEnum) return new TypeRef(type, TypeRefKind.Enum, false, null, null);
        if (ScalarTypes.IsScalar(type)) return new TypeRef(type, TypeRefKind.Primitive, false, null, null);
        if (type.IsArray) return new TypeRef(type, TypeRefKind.Array, false, From(type.GetElementType()!), null);
        var dictionary = FindGeneric(type, typeof(IDictionary<,>)) ?? FindGeneric(type, typeof(IReadOnlyDictionary<,>));
        if (dictionary is not null)
        {
            var args = dictionary.GetGenericArguments();
            return new TypeRef(type, TypeRefKind.Dictionary, false, From(args[1]), From(args[0]));
        }
        var enumerable = FindGeneric(type, typeof(IEnumerable<>));
        if (enumerable is not null)
            return new TypeRef(type, TypeRefKind.List, false, From(enumerable.GetGenericArguments()[0]), null);
        return new TypeRef(type, TypeRefKind.Class, false, null, null);
    }

    /// <summary>The DTO classes and enums this type mentions (itself, or its elements, keys and values).</summary>
    public IEnumerable<Type> UserTypes()
    {
        if (IsUserType) yield return Type;
        if (Key is not null)
            foreach (var t in Key.UserTypes()) yield return t;
        if (Element is not null)
            foreach (var t in Element.UserTypes()) yield return t;
    }

    private static Type? FindGeneric(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
}
