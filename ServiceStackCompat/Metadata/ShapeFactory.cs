using System.Linq.Expressions;
using System.Reflection;

namespace ServiceStackCompat.Metadata;

/// <summary>Builds the shapes of DTO types once, at start-up, with compiled constructors and accessors.</summary>
public sealed class ShapeFactory
{
    private readonly Dictionary<Type, ValueShape> _shapes = [];

    public IEnumerable<TypeModel> TypeModels => _shapes.Values.OfType<TypeModel>();

    public TypeModel GetTypeModel(Type type) =>
        GetShape(type) as TypeModel ?? throw new InvalidOperationException($"{type.Name} is not a DTO class.");

    public ValueShape GetShape(Type type) => GetShape(type, property: null);

    private ValueShape GetShape(Type type, PropertyInfo? property)
    {
        if (_shapes.TryGetValue(type, out var known)) return known;

        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        if (ScalarTypes.TryGetKind(valueType, out var kind))
            return _shapes[type] = new ScalarShape(type, valueType, kind);

        // STJ would write a byte[] as base64 while every other array is a list of its elements.
        if (type == typeof(byte[])) throw Unsupported(type, property);

        if (TryGetDictionaryTypes(type, out var keyType, out var valueOfDictionary))
        {
            if (GetShape(keyType, property) is not ScalarShape keyShape) throw Unsupported(type, property);
            return _shapes[type] = new DictionaryShape(type, keyShape, GetShape(valueOfDictionary, property));
        }

        if (TryGetElementType(type, out var elementType))
            return _shapes[type] = new CollectionShape(type, GetShape(elementType, property));

        if (!CanBeDtoClass(type)) throw Unsupported(type, property);

        var model = new TypeModel(type, CompileFactory(type));
        _shapes[type] = model; // registered before its properties so that recursive types terminate
        model.SetProperties(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0
                && p.SetMethod!.IsPublic && p.GetMethod!.IsPublic)
            .Select(p => new PropertyModel(p, GetShape(p.PropertyType, p), CompileSetter(p), CompileGetter(p)))
            .ToList());
        return model;
    }

    /// <summary>A class of the application's own with a public parameterless constructor; not object, not a framework class.</summary>
    private static bool CanBeDtoClass(Type type) =>
        type.IsClass && !type.IsAbstract && type != typeof(object) && type.Assembly != typeof(object).Assembly
        && type.GetConstructor(Type.EmptyTypes) is not null;

    private static InvalidOperationException Unsupported(Type type, PropertyInfo? property)
    {
        var what = property is null
            ? $"{type.Name} cannot be a request or response DTO"
            : $"{property.ReflectedType!.Name}.{property.Name} is a {TypeDisplayName(property.PropertyType)}, which a DTO cannot carry";
        return new InvalidOperationException(
            $"{what}: a DTO property is a scalar ({string.Join(", ", ScalarTypes.All.Select(t => t.Name))}), an enum, "
            + "a Nullable of one of those, a DTO class with a public parameterless constructor, or a list, array or dictionary "
            + "(with scalar keys) of them.");
    }

    private static string TypeDisplayName(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeDisplayName)) + ">"
        : type.Name;

    private static bool TryGetDictionaryTypes(Type type, out Type key, out Type value)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
        if (dictionary is null)
        {
            key = value = typeof(object);
            return false;
        }
        var args = dictionary.GetGenericArguments();
        (key, value) = (args[0], args[1]);
        return true;
    }

    private static bool TryGetElementType(Type type, out Type element)
    {
        if (type.IsArray)
        {
            element = type.GetElementType()!;
            return true;
        }
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        element = enumerable?.GetGenericArguments()[0] ?? typeof(object);
        return enumerable is not null;
    }

    private static Func<object> CompileFactory(Type type) =>
        Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(type), typeof(object))).Compile();

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Expression.Assign(
            Expression.Property(Expression.Convert(target, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(body, target, value).Compile();
    }

    private static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var body = Expression.Convert(Expression.Property(Expression.Convert(target, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, target).Compile();
    }
}
