using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Dart DTOs (IConvertible classes with a TypeContext) for the servicestack Dart package.</summary>
public sealed class DartGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.GlobalNamespace,
        ..HeaderOptionRuns.TypesAndMembers,
        KnownOptions.DartImports,
    ];

    public string Language => "dart";

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context, string library)
    {
        var o = DartOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        foreach (var import in o.DefaultImports) sb.Append("import '").Append(import).Append("';\n");
        sb.Append('\n');

        var types = context.DeclaredTypesDependenciesFirst(withServiceStackTypes: false);
        var collections = new List<TypeRef>();
        foreach (var type in types)
        {
            sb.Append(type.IsEnum ? Enum(type) : Class(type, context, collections));
            sb.Append('\n');
        }

        sb.Append("TypeContext _ctx = TypeContext(library: '").Append(library).Append("', types: <String, TypeInfo> {\n");
        foreach (var type in types)
        {
            sb.Append("    '").Append(type.Name).Append("': ").Append(type.IsEnum
                ? $"TypeInfo(TypeOf.Enum, enumValues:{type.Name}.values),\n"
                : $"TypeInfo(TypeOf.Class, create:() => {type.Name}()),\n");
        }
        foreach (var name in collections.Select(TypeName).Distinct())
            sb.Append("    '").Append(name).Append("': TypeInfo(TypeOf.Class, create:() => ").Append(EmptyValue(collections.First(c => TypeName(c) == name))).Append("),\n");
        sb.Append("});\n\n");
        return sb.ToString();
    }

    public string Generate(NativeTypesContext context) =>
        Generate(context, new Uri(context.BaseUrl).Host);

    private static string Enum(NativeType type)
    {
        var sb = new StringBuilder("enum ").Append(type.Name).Append("\n{\n");
        foreach (var member in type.EnumMembers) sb.Append("    ").Append(member.Name).Append(",\n");
        return sb.Append("}\n").ToString();
    }

    private static string Class(NativeType type, NativeTypesContext context, List<TypeRef> collections)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var sb = new StringBuilder();
        if (comments && type.Description is not null) sb.Append("/**\n* ").Append(type.Description).Append("\n*/\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("// @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        if (type.Description is not null) sb.Append("// @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");

        var baseName = context.BaseNameOf(type);
        var implements = new List<string>();
        var operation = type.Operation;
        if (operation is not null) implements.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response)}>");
        implements.Add("IConvertible");
        if (operation?.Method is { } method) implements.Add("I" + char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant());
        sb.Append("class ").Append(type.Name);
        if (baseName is not null) sb.Append(" extends ").Append(baseName);
        sb.Append(" implements ").Append(string.Join(", ", implements.Distinct())).Append("\n{\n");

        var properties = type.Properties;
        var wasAdded = false;
        foreach (var property in properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (comments && property.Description is not null)
            {
                sb.Append("    /**\n    * ").Append(property.Description).Append("\n    */\n");
                wasAdded = true;
            }
            if (property.ApiMember is not null)
            {
                sb.Append("    // @ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")\n");
                wasAdded = true;
            }
            sb.Append("    ").Append(TypeName(property.Type)).Append("? ").Append(Name(property)).Append(";\n");
            if (property.Type.IsCollection) collections.Add(property.Type);
        }
        if (operation?.Response is { IsCollection: true } listResponse) collections.Add(listResponse);
        if (properties.Count > 0) sb.Append('\n');

        var names = properties.Select(Name).ToList();
        sb.Append("    ").Append(type.Name).Append(names.Count > 0 ? $"({{{string.Join(",", names.Select(n => "this." + n))}}});\n" : "();\n");
        sb.Append("    ").Append(type.Name).Append(".fromJson(Map<String, dynamic> json) { fromMap(json); }\n\n");
        sb.Append("    fromMap(Map<String, dynamic> json) {\n");
        if (baseName is not null) sb.Append("        super.fromMap(json);\n");
        foreach (var property in properties) sb.Append("        ").Append(Name(property)).Append(" = ").Append(FromJson(property)).Append(";\n");
        sb.Append("        return this;\n    }\n\n");

        var entries = properties.Select(p => $"        '{Name(p)}': {ToJson(p)}").ToList();
        sb.Append("    Map<String, dynamic> toJson() => ");
        if (baseName is null) sb.Append(entries.Count > 0 ? "{\n" + string.Join(",\n", entries) + "\n    };\n" : "{};\n");
        else sb.Append(entries.Count > 0 ? "super.toJson()..addAll({\n" + string.Join(",\n", entries) + "\n    });\n" : "super.toJson();\n");
        sb.Append('\n');

        if (operation is not null)
        {
            sb.Append("    createResponse() => ").Append(operation.Response is null ? "{}" : EmptyValue(operation.Response)).Append(operation.Response is null ? "\n" : ";\n");
            if (operation.Response is not null) sb.Append("    getResponseTypeName() => \"").Append(TypeName(operation.Response)).Append("\";\n");
        }
        sb.Append("    getTypeName() => \"").Append(type.Name).Append("\";\n");
        sb.Append("    TypeContext? context = _ctx;\n");
        return sb.Append("}\n").ToString();
    }

    private static string Name(NativeProperty property) => CodeText.CamelCase(property.Name);

    /// <summary>Strings, numbers and booleans are read as they are; the rest go through the TypeContext.</summary>
    private static string FromJson(NativeProperty property)
    {
        var json = $"json['{Name(property)}']";
        var type = property.Type;
        if (type.Kind == TypeRefKind.Primitive && IsDouble(type.Type)) return $"JsonConverters.toDouble({json})";
        if (IsPlain(type)) return json;
        return $"JsonConverters.fromJson({json},'{TypeName(type)}',context!)";
    }

    private static string ToJson(NativeProperty property)
    {
        var type = property.Type;
        if (IsPlain(type) || type.Kind == TypeRefKind.Primitive && IsDouble(type.Type)) return Name(property);
        return $"JsonConverters.toJson({Name(property)},'{TypeName(type)}',context!)";
    }

    private static bool IsDouble(Type type) => type == typeof(decimal) || type == typeof(double) || type == typeof(float);

    private static bool IsPlain(TypeRef type) =>
        type.Kind == TypeRefKind.Primitive && (TypeName(type) is "String" or "int" or "bool");

    private static string EmptyValue(TypeRef type) => type.Kind switch
    {
        TypeRefKind.List or TypeRefKind.Array => $"<{TypeName(type.Element!)}>[]",
        TypeRefKind.Dictionary => $"<{TypeName(type.Key!)},{TypeName(type.Element!)}>{{}}",
        _ => $"{TypeName(type)}()",
    };

    private static string TypeName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => NativeTypeNames.Dart.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => $"List<{TypeName(type.Element!)}>",
        TypeRefKind.Dictionary => $"Map<{TypeName(type.Key!)},{TypeName(type.Element!)}>",
        _ => type.Name,
    };
}
