namespace ServiceStackCompat.Metadata;

/// <summary>
/// The one table of what a DTO property may hold as a single value. Binding, the wire formats, the
/// metadata pages, OpenAPI and the native-types generators all ask it, so a type is either carried by
/// every one of them or refused at start-up (see <see cref="ShapeFactory"/>).
/// </summary>
public static class ScalarTypes
{
    private static readonly (Type Type, ScalarKind Kind)[] Table =
    [
        (typeof(string), ScalarKind.String),
        (typeof(bool), ScalarKind.Boolean),
        (typeof(int), ScalarKind.Integer),
        (typeof(long), ScalarKind.Integer),
        (typeof(short), ScalarKind.Integer),
        (typeof(byte), ScalarKind.Integer),
        (typeof(sbyte), ScalarKind.Integer),
        (typeof(uint), ScalarKind.Integer),
        (typeof(ulong), ScalarKind.Integer),
        (typeof(ushort), ScalarKind.Integer),
        (typeof(float), ScalarKind.Float),
        (typeof(double), ScalarKind.Float),
        (typeof(decimal), ScalarKind.Decimal),
        (typeof(char), ScalarKind.Char),
        (typeof(Guid), ScalarKind.Guid),
        (typeof(DateTime), ScalarKind.DateTime),
        (typeof(DateTimeOffset), ScalarKind.DateTimeOffset),
        (typeof(TimeSpan), ScalarKind.TimeSpan),
    ];

    private static readonly Dictionary<Type, ScalarKind> KindByType = Table.ToDictionary(entry => entry.Type, entry => entry.Kind);

    /// <summary>The scalar types other than enums, in a fixed order (each language's name table follows it).</summary>
    public static IReadOnlyList<Type> All { get; } = Table.Select(entry => entry.Type).ToArray();

    /// <summary>The kind of a scalar value type (enums included); false for anything else, Nullable&lt;T&gt; included.</summary>
    public static bool TryGetKind(Type type, out ScalarKind kind)
    {
        if (type.IsEnum)
        {
            kind = ScalarKind.Enum;
            return true;
        }
        return KindByType.TryGetValue(type, out kind);
    }

    /// <summary>True for a scalar or an enum, or a Nullable&lt;T&gt; of one.</summary>
    public static bool IsScalar(Type type) => TryGetKind(Nullable.GetUnderlyingType(type) ?? type, out _);

    /// <summary>True for the integer and floating-point types and decimal.</summary>
    public static bool IsNumber(Type type) =>
        KindByType.TryGetValue(type, out var kind) && kind is ScalarKind.Integer or ScalarKind.Float or ScalarKind.Decimal;
}
