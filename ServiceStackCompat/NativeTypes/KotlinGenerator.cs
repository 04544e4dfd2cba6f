using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Kotlin DTOs for net.servicestack.client's JsonServiceClient.</summary>
public sealed class KotlinGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.Package,
        ..HeaderOptionRuns.TypesAndMembers,
        KnownOptions.InitializeCollections,
        KnownOptions.TreatTypesAsStrings,
        KnownOptions.JvmImports,
    ];

    private static readonly HashSet<string> Keywords =
        ["as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null", "object", "package",
         "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var", "when", "while"];

    public string Language => "kotlin";

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = JvmOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        if (o.Package is { } package) sb.Append("package ").Append(package).Append("\n\n");
        foreach (var import in o.Imports(context)) sb.Append("import ").Append(import).Append('\n');
        sb.Append("\n\n");

        var blocks = context.DeclaredTypesRequestsFirst.Select(type => type.IsEnum ? Enum(type) : Class(type, context, o)).ToList();
        sb.Append(string.Join("\n", blocks));
        return sb.ToString();
    }

    private static string Enum(NativeType type)
    {
        var sb = new StringBuilder("enum class ").Append(type.Name).Append(type.HasExplicitEnumValues ? "(val value:Int)\n{\n" : "\n{\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("    ").Append(member.Name);
            if (type.HasExplicitEnumValues) sb.Append('(').Append(member.Value).Append(')');
            sb.Append(",\n");
        }
        return sb.Append("}\n").ToString();
    }

    private static string Class(NativeType type, NativeTypesContext context, JvmOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var initialize = o.InitializeCollections;
        var asStrings = o.TreatTypesAsStrings;
        var sb = new StringBuilder();
        if (comments && type.Description is not null) sb.Append("/**\n* ").Append(type.Description).Append("\n*/\n");
        var routes = type.Operation?.Routes ?? [];
        for (var i = 0; i < routes.Count; i++)
            sb.Append(i == 0 ? "@Route(" : "// @Route(").Append(CodeText.NamedRouteArgs(routes[i])).Append(")\n");
        if (type.Description is not null) sb.Append("@Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");

        var supertypes = new List<string>();
        if (context.BaseNameOf(type) is { } baseName) supertypes.Add(baseName + "()");
        if (type.Operation is { } operation)
            supertypes.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response, asStrings)}>");
        supertypes.AddRange(type.VerbMarkers);
        sb.Append("open class ").Append(type.Name);
        if (supertypes.Count > 0) sb.Append(" : ").Append(string.Join(", ", supertypes));
        sb.Append("\n{\n");

        var wasAdded = false;
        foreach (var property in type.Properties)
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
                sb.Append("    @ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")\n");
                wasAdded = true;
            }
            var typeName = TypeName(property.Type, asStrings);
            sb.Append("    var ").Append(Name(property.Name)).Append(':');
            if (initialize && property.Type.IsCollection) sb.Append(typeName).Append(" = ").Append(typeName).Append("()\n");
            else sb.Append(typeName).Append("? = null\n");
        }
        if (context.AddsResponseStatus(type))
            sb.Append("    var responseStatus:ResponseStatus? = null\n");
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append("    var version:Int? = ").Append(version).Append('\n');
        if (type.Operation is { Response: { } response })
        {
            var responseType = TypeName(response, asStrings);
            sb.Append("    companion object { private val responseType = ")
                .Append(response.IsCollection ? $"object : TypeToken<{responseType}>(){{}}.type" : $"{responseType}::class.java")
                .Append(" }\n");
            sb.Append("    override fun getResponseType(): Any? = ").Append(type.Name).Append(".responseType\n");
        }
        return sb.Append("}\n").ToString();
    }

    private static string Name(string name)
    {
        var camel = CodeText.CamelCase(name);
        return Keywords.Contains(camel) ? $"`{camel}`" : camel;
    }

    private static string TypeName(TypeRef type, IReadOnlySet<string> asStrings) => type.Kind switch
    {
        _ when asStrings.Contains(type.Name) => "String",
        TypeRefKind.Primitive => NativeTypeNames.Kotlin.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => $"ArrayList<{TypeName(type.Element!, asStrings)}>",
        TypeRefKind.Dictionary => $"HashMap<{TypeName(type.Key!, asStrings)},{TypeName(type.Element!, asStrings)}>",
        _ => type.Name,
    };
}
