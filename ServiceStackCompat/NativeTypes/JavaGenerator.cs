using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Java DTOs (static nested classes of one class) for net.servicestack.client's JsonServiceClient.</summary>
public sealed class JavaGenerator : INativeTypesGenerator
{
    internal const string DefaultImports = "java.math.*,java.util.*,net.servicestack.client.*";

    private static readonly OptionSpec[] OptionList =
    [
        new("Package"),
        new("GlobalNamespace", "dtos"),
        OptionSpec.Flag("AddPropertyAccessors", true),
        OptionSpec.Flag("SettersReturnThis", true),
        OptionSpec.Flag("AddServiceStackTypes", true),
        OptionSpec.Flag("AddResponseStatus", false),
        OptionSpec.Flag("AddDescriptionAsComments", true),
        new("AddImplicitVersion"),
        new("IncludeTypes"),
        new("ExcludeTypes"),
        new("TreatTypesAsStrings"),
        new("DefaultImports", DefaultImports),
    ];

    private static readonly HashSet<string> Keywords =
    [
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
        "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
        "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
        "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
    ];

    public string Language => "java";

    public string ContentType => "text/plain; charset=utf-8";

    /// <summary>Requests, then responses, then the other types: the order the JVM languages list them in.</summary>
    internal static IEnumerable<NativeType> JvmOrder(NativeTypesContext context) =>
        context.Requests.Concat(context.Responses).Concat(context.Types);

    public string Generate(NativeTypesContext context)
    {
        var o = context.Options;
        var accessors = o.GetBool("AddPropertyAccessors", true);
        var settersReturnThis = o.GetBool("SettersReturnThis", true);
        var asStrings = new HashSet<string>(o.GetList("TreatTypesAsStrings"), StringComparer.OrdinalIgnoreCase);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, OptionList));
        sb.Append('\n');
        if (o.Get("Package") is { Length: > 0 } package) sb.Append("package ").Append(package).Append(";\n\n");
        var imports = (o.GetList("DefaultImports") is { Count: > 0 } list ? list : DefaultImports.Split(',')).ToList();
        if (context.Operations.Any(op => op.Response is { IsCollection: true })) imports.Add("com.google.gson.reflect.*");
        foreach (var import in imports.Distinct()) sb.Append("import ").Append(import).Append(";\n");
        sb.Append('\n');
        sb.Append("public class ").Append(o.GetString("GlobalNamespace", "dtos") is { Length: > 0 } g ? g : "dtos").Append("\n{\n\n");

        foreach (var type in JvmOrder(context))
        {
            if (type.IsEnum)
            {
                sb.Append("    public static enum ").Append(type.Name).Append("\n    {\n");
                for (var i = 0; i < type.EnumMembers.Count; i++)
                {
                    var member = type.EnumMembers[i];
                    sb.Append("        ").Append(member.Name).Append(i == type.EnumMembers.Count - 1 ? ";\n" : ",\n");
                }
                sb.Append("    }\n\n");
                continue;
            }
            WriteClass(sb, type, context, accessors, settersReturnThis, asStrings);
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, bool accessors, bool settersReturnThis, HashSet<string> asStrings)
    {
        var comments = context.Options.AddDescriptionAsComments;
        if (comments && type.Description is not null) sb.Append("    /**\n    * ").Append(type.Description).Append("\n    */\n");
        var routes = type.Operation?.Routes ?? [];
        for (var i = 0; i < routes.Count; i++)
            sb.Append(i == 0 ? "    @Route(" : "    // @Route(").Append(CodeText.NamedRouteArgs(routes[i])).Append(")\n");
        if (type.Description is not null) sb.Append("    @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");

        sb.Append("    public static class ").Append(type.Name);
        if (type.BaseType is not null) sb.Append(" extends ").Append(context.Find(type.BaseType)?.Name ?? type.BaseType.Name);
        var implements = new List<string>();
        if (type.Operation is { } operation)
            implements.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response, asStrings)}>");
        implements.AddRange(type.VerbMarkers);
        if (implements.Count > 0) sb.Append(" implements ").Append(string.Join(", ", implements));
        sb.Append("\n    {\n");

        var fields = type.Properties.Select(p => (p.Name, Type: TypeName(p.Type, asStrings), Property: (NativeProperty?)p)).ToList();
        if (context.Options.AddResponseStatus && type.IsResponse && !CSharpGenerator.HasResponseStatus(type, context))
            fields.Add(("ResponseStatus", "ResponseStatus", null));
        var wasAdded = false;
        foreach (var (name, typeName, property) in fields)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (comments && property?.Description is not null)
            {
                sb.Append("        /**\n        * ").Append(property.Description).Append("\n        */\n");
                wasAdded = true;
            }
            if (property?.ApiMember is not null)
            {
                sb.Append("        @ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")\n");
                wasAdded = true;
            }
            sb.Append("        public ").Append(typeName).Append(' ').Append(FieldName(name)).Append(" = null;\n");
        }
        if (context.Options.AddImplicitVersion is { } version && type.IsRequest && !type.HasProperty("Version"))
            sb.Append("        public Integer version = ").Append(version).Append(";\n");

        sb.Append("        \n");
        if (accessors)
        {
            foreach (var (name, typeName, _) in fields)
            {
                var field = FieldName(name);
                var pascal = char.ToUpperInvariant(name[0]) + name[1..];
                sb.Append("        public ").Append(typeName).Append(" get").Append(pascal).Append("() { return ").Append(field).Append("; }\n");
                sb.Append("        public ").Append(settersReturnThis ? type.Name : "void").Append(" set").Append(pascal).Append('(').Append(typeName)
                    .Append(" value) { this.").Append(field).Append(" = value;").Append(settersReturnThis ? " return this;" : "").Append(" }\n");
            }
        }
        if (type.Operation is { Response: { } response })
        {
            sb.Append("        private static Object responseType = ")
                .Append(response.IsCollection ? $"new TypeToken<{TypeName(response, asStrings)}>(){{}}.getType()" : $"{TypeName(response, asStrings)}.class")
                .Append(";\n        public Object getResponseType() { return responseType; }\n");
        }
        sb.Append("    }\n\n");
    }

    private static string FieldName(string name)
    {
        var camel = CodeText.CamelCase(name);
        return Keywords.Contains(camel) ? camel + "_" : camel;
    }

    internal static string TypeName(TypeRef type, HashSet<string> asStrings) => type.Kind switch
    {
        _ when asStrings.Contains(type.Name) => "String",
        TypeRefKind.Primitive => NativeTypeNames.Java.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => $"ArrayList<{TypeName(type.Element!, asStrings)}>",
        TypeRefKind.Dictionary => $"HashMap<{TypeName(type.Key!, asStrings)},{TypeName(type.Element!, asStrings)}>",
        _ => type.Name,
    };
}
