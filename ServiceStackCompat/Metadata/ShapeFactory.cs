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

    public ValueShape GetShape(Type type)
    {
        if (_shapes.TryGetValue(type, out var known)) return known;

        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        if (TryGetScalarKind(valueType, out var kind))
            return _shapes[type] = new ScalarShape(type, valueType, kind);

        if (TryGetDictionaryTypes(type, out var keyType, out var valueOfDictionary))
        {
            if (GetShape(keyType) is not ScalarShape keyShape)
                throw new InvalidOperationException($"Dictionary keys of {type.Name} must be scalars.");
            return _shapes[type] = new DictionaryShape(type, keyShape, GetShape(valueOfDictionary));
        }

        if (TryGetElementType(type, out var elementType))
            return _shapes[type] = new CollectionShape(type, GetShape(elementType));

        if (type.IsAbstract || type.IsInterface || type.GetConstructor(Type.EmptyTypes) is null)
            throw new InvalidOperationException($"{type.Name} needs a public parameterless constructor to be a DTO.");

        var model = new TypeModel(type, CompileFactory(type));
        _shapes[type] = model; // registered before its properties so that recursive types terminate
        model.SetProperties(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0
                && p.SetMethod!.IsPublic && p.GetMethod!.IsPublic)
            .Select(p => new PropertyModel(p, GetShape(p.PropertyType), CompileSetter(p), CompileGetter(p)))
            .ToList());
        return model;
    }

    private static bool TryGetScalarKind(Type type, out ScalarKind kind)
    {
        kind = type switch
        {
            _ when type == typeof(string) => ScalarKind.String,
            _ when type == typeof(bool) => ScalarKind.Boolean,
            _ when type.IsEnum => ScalarKind.Enum,
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
                || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte) => ScalarKind.Integer,
            _ when type == typeof(double) || type == typeof(float) => ScalarKind.Float,
            _ when type == typeof(decimal) => ScalarKind.Decimal,
            _ when type == typeof(Guid) => ScalarKind.Guid,
            _ when type == typeof(DateTime) => ScalarKind.DateTime,
            _ when type == typeof(DateTimeOffset) => ScalarKind.DateTimeOffset,
            _ when type == typeof(TimeSpan) => ScalarKind.TimeSpan,
            _ when type == typeof(char) => ScalarKind.Char,
            _ => (ScalarKind)(-1),
        };
        return kind >= 0;
    }

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
