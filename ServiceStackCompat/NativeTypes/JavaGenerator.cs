using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Java DTOs (static nested classes of one class) for net.servicestack.client's JsonServiceClient.</summary>
public sealed class JavaGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.Package,
        KnownOptions.JavaClassName,
        KnownOptions.AddPropertyAccessors,
        KnownOptions.SettersReturnThis,
        KnownOptions.AddServiceStackTypes,
        KnownOptions.AddResponseStatus,
        KnownOptions.AddDescriptionAsComments,
        KnownOptions.AddImplicitVersion,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
        KnownOptions.TreatTypesAsStrings,
        KnownOptions.JvmImports,
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

    public string Generate(NativeTypesContext context)
    {
        var o = JvmOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        if (o.Package is { } package) sb.Append("package ").Append(package).Append(";\n\n");
        foreach (var import in o.Imports(context)) sb.Append("import ").Append(import).Append(";\n");
        sb.Append('\n');
        sb.Append("public class ").Append(o.ClassName).Append("\n{\n\n");

        foreach (var type in context.DeclaredTypesRequestsFirst)
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
            WriteClass(sb, type, context, o);
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, JvmOptions o)
    {
        var asStrings = o.TreatTypesAsStrings;
        var comments = context.Options.AddDescriptionAsComments;
        if (comments && type.Description is not null) sb.Append("    /**\n    * ").Append(type.Description).Append("\n    */\n");
        var routes = type.Operation?.Routes ?? [];
        for (var i = 0; i < routes.Count; i++)
            sb.Append(i == 0 ? "    @Route(" : "    // @Route(").Append(CodeText.NamedRouteArgs(routes[i])).Append(")\n");
        if (type.Description is not null) sb.Append("    @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");

        sb.Append("    public static class ").Append(type.Name);
        if (context.BaseNameOf(type) is { } baseName) sb.Append(" extends ").Append(baseName);
        var implements = new List<string>();
        if (type.Operation is { } operation)
            implements.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response, asStrings)}>");
        implements.AddRange(type.VerbMarkers);
        if (implements.Count > 0) sb.Append(" implements ").Append(string.Join(", ", implements));
        sb.Append("\n    {\n");

        var fields = type.Properties.Select(p => (p.Name, Type: TypeName(p.Type, asStrings), Property: (NativeProperty?)p)).ToList();
        if (context.AddsResponseStatus(type))
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
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append("        public Integer version = ").Append(version).Append(";\n");

        sb.Append("        \n");
        if (o.AddPropertyAccessors)
        {
            foreach (var (name, typeName, _) in fields)
            {
                var field = FieldName(name);
                var pascal = char.ToUpperInvariant(name[0]) + name[1..];
                sb.Append("        public ").Append(typeName).Append(" get").Append(pascal).Append("() { return ").Append(field).Append("; }\n");
                sb.Append("        public ").Append(o.SettersReturnThis ? type.Name : "void").Append(" set").Append(pascal).Append('(').Append(typeName)
                    .Append(" value) { this.").Append(field).Append(" = value;").Append(o.SettersReturnThis ? " return this;" : "").Append(" }\n");
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

    private static string TypeName(TypeRef type, IReadOnlySet<string> asStrings) => type.Kind switch
    {
        _ when asStrings.Contains(type.Name) => "String",
        TypeRefKind.Primitive => NativeTypeNames.Java.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => $"ArrayList<{TypeName(type.Element!, asStrings)}>",
        TypeRefKind.Dictionary => $"HashMap<{TypeName(type.Key!, asStrings)},{TypeName(type.Element!, asStrings)}>",
        _ => type.Name,
    };
}
