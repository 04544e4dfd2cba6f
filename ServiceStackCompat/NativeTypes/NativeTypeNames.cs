namespace ServiceStackCompat.NativeTypes;

/// <summary>Each language's names for the CLR scalar types (DTO classes and enums keep their own names).</summary>
internal static class NativeTypeNames
{
    // Declared first: the tables below are built from it.
    private static readonly Type[] Scalars =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(sbyte), typeof(uint), typeof(ulong), typeof(ushort),
        typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(object), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(byte[]), typeof(Uri), typeof(DateOnly), typeof(TimeOnly),
    ];

    public static readonly IReadOnlyDictionary<Type, string> CSharp = Table(
        "string", "bool", "int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "float", "double", "decimal", "char",
        "object", "Guid", "DateTime", "DateTimeOffset", "TimeSpan", "byte[]", "Uri", "DateOnly", "TimeOnly");

    public static readonly IReadOnlyDictionary<Type, string> FSharp = Table(
        "String", "Boolean", "Int32", "Int64", "Int16", "Byte", "SByte", "UInt32", "UInt64", "UInt16", "Single", "Double", "Decimal", "Char",
        "Object", "Guid", "DateTime", "DateTimeOffset", "TimeSpan", "Byte[]", "Uri", "DateOnly", "TimeOnly");

    public static readonly IReadOnlyDictionary<Type, string> VbNet = Table(
        "String", "Boolean", "Integer", "Long", "Short", "Byte", "SByte", "UInteger", "ULong", "UShort", "Single", "Double", "Decimal", "Char",
        "Object", "Guid", "Date", "DateTimeOffset", "TimeSpan", "Byte()", "Uri", "DateOnly", "TimeOnly");

    public static readonly IReadOnlyDictionary<Type, string> TypeScript = Table(
        "string", "boolean", "number", "number", "number", "number", "number", "number", "number", "number", "number", "number", "number", "string",
        "Object", "string", "string", "string", "string", "string", "string", "string", "string");

    public static readonly IReadOnlyDictionary<Type, string> Python = Table(
        "str", "bool", "int", "int", "int", "int", "int", "int", "int", "int", "float", "float", "Decimal", "str",
        "Object", "str", "datetime.datetime", "datetime.datetime", "datetime.timedelta", "bytes", "str", "datetime.date", "datetime.time");

    public static readonly IReadOnlyDictionary<Type, string> Java = Table(
        "String", "Boolean", "Integer", "Long", "Short", "Short", "Byte", "Long", "Long", "Integer", "Float", "Double", "BigDecimal", "String",
        "Object", "UUID", "Date", "Date", "TimeSpan", "byte[]", "String", "Date", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> Kotlin = Table(
        "String", "Boolean", "Int", "Long", "Short", "Short", "Byte", "Long", "Long", "Int", "Float", "Double", "BigDecimal", "String",
        "Any", "UUID", "Date", "Date", "TimeSpan", "ByteArray", "String", "Date", "TimeSpan");

    public static readonly IReadOnlyDictionary<Type, string> Swift = Table(
        "String", "Bool", "Int", "Int64", "Int16", "UInt8", "Int8", "UInt32", "UInt64", "UInt16", "Float", "Double", "Double", "String",
        "String", "String", "Date", "Date", "TimeInterval", "[UInt8]", "String", "Date", "TimeInterval");

    public static readonly IReadOnlyDictionary<Type, string> Dart = Table(
        "String", "bool", "int", "int", "int", "int", "int", "int", "int", "int", "double", "double", "double", "String",
        "dynamic", "String", "DateTime", "DateTime", "Duration", "Uint8List", "String", "DateTime", "Duration");

    /// <summary>A scalar's name in a language's table (the CLR name for one it does not list).</summary>
    public static string Scalar(this IReadOnlyDictionary<Type, string> table, Type type) =>
        table.TryGetValue(type, out var name) ? name : type.Name;

    /// <summary>Whether a CLR scalar is a number (for languages whose defaults depend on it).</summary>
    public static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(float) || type == typeof(double) || type == typeof(decimal);

    private static Dictionary<Type, string> Table(params string[] names)
    {
        if (names.Length != Scalars.Length) throw new InvalidOperationException("Every scalar needs a name.");
        return Scalars.Select((type, i) => (type, names[i])).ToDictionary(x => x.type, x => x.Item2);
    }
}
