using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Each language's names for the scalar types of <see cref="ScalarTypes.All"/>, in its order (DTO classes and enums keep their own names).</summary>
internal static class NativeTypeNames
{
    public static readonly IReadOnlyDictionary<Type, string> CSharp = Table(
        "string", "bool", "int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "float", "double", "decimal", "char",
        "Guid", "DateTime", "DateTimeOffset", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> FSharp = Table(
        "String", "Boolean", "Int32", "Int64", "Int16", "Byte", "SByte", "UInt32", "UInt64", "UInt16", "Single", "Double", "Decimal", "Char",
        "Guid", "DateTime", "DateTimeOffset", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> VbNet = Table(
        "String", "Boolean", "Integer", "Long", "Short", "Byte", "SByte", "UInteger", "ULong", "UShort", "Single", "Double", "Decimal", "Char",
        "Guid", "Date", "DateTimeOffset", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> TypeScript = Table(
        "string", "boolean", "number", "number", "number", "number", "number", "number", "number", "number", "number", "number", "number", "string",
        "string", "string", "string", "string");

    public static readonly IReadOnlyDictionary<Type, string> Python = Table(
        "str", "bool", "int", "int", "int", "int", "int", "int", "int", "int", "float", "float", "Decimal", "str",
        "str", "datetime.datetime", "datetime.datetime", "datetime.timedelta");

    public static readonly IReadOnlyDictionary<Type, string> Java = Table(
        "String", "Boolean", "Integer", "Long", "Short", "Short", "Byte", "Long", "Long", "Integer", "Float", "Double", "BigDecimal", "String",
        "UUID", "Date", "Date", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> Kotlin = Table(
        "String", "Boolean", "Int", "Long", "Short", "Short", "Byte", "Long", "Long", "Int", "Float", "Double", "BigDecimal", "String",
        "UUID", "Date", "Date", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> Swift = Table(
        "String", "Bool", "Int", "Int64", "Int16", "UInt8", "Int8", "UInt32", "UInt64", "UInt16", "Float", "Double", "Double", "String",
        "String", "Date", "Date", "TimeInterval");

    public static readonly IReadOnlyDictionary<Type, string> Dart = Table(
        "String", "bool", "int", "int", "int", "int", "int", "int", "int", "int", "double", "double", "double", "String",
        "String", "DateTime", "DateTime", "Duration");

    /// <summary>A scalar's name in a language's table.</summary>
    public static string Scalar(this IReadOnlyDictionary<Type, string> table, Type type) => table[type];

    private static Dictionary<Type, string> Table(params string[] names)
    {
        if (names.Length != ScalarTypes.All.Count) throw new InvalidOperationException("Every scalar needs a name.");
        return ScalarTypes.All.Select((type, i) => (type, names[i])).ToDictionary(x => x.type, x => x.Item2);
    }
}
