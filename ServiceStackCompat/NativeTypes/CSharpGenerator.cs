using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>C# DTOs for ServiceStack's .NET clients (ServiceStack.Client's JsonServiceClient).</summary>
public sealed class CSharpGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.GlobalNamespace,
        KnownOptions.MakePartial,
        KnownOptions.MakeVirtual,
        KnownOptions.MakeInternal,
        KnownOptions.MakeDataContractsExtensible,
        KnownOptions.AddNullableAnnotations,
        ..HeaderOptionRuns.DotNetMembers,
        ..HeaderOptionRuns.DotNetSelection,
    ];

    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object",
        "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked",
        "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    public string Language => "csharp";

    /// <summary>ServiceStack.Client ships Authenticate and AuthenticateResponse.</summary>
    public bool ClientDeclaresBuiltIns => true;

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = DotNetOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        if (o.AddNullableAnnotations) sb.Append("#nullable enable\n\n");

        var namespaces = o.Namespaces(context);
        foreach (var name in o.Imports(namespaces)) sb.Append("using ").Append(name).Append(";\n");
        sb.Append('\n');

        foreach (var ns in namespaces)
        {
            var types = context.DeclaredTypesByName(o.GlobalNamespace is null ? ns : null);
            sb.Append("namespace ").Append(ns).Append("\n{\n");
            foreach (var type in types)
            {
                if (type.IsEnum) WriteEnum(sb, type, context, o);
                else WriteClass(sb, type, context, o);
                sb.Append('\n');
            }
            sb.Append("}\n\n");
        }
        return sb.ToString();
    }

    private static void WriteEnum(StringBuilder sb, NativeType type, NativeTypesContext context, DotNetOptions o)
    {
        WriteTypeComment(sb, type, context);
        if (type.IsFlags) sb.Append("    [Flags]\n");
        sb.Append("    ").Append(Visibility(o)).Append(" enum ").Append(type.Name).Append("\n    {\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("        ").Append(member.Name);
            if (type.HasExplicitEnumValues) sb.Append(" = ").Append(member.Value);
            sb.Append(",\n");
        }
        sb.Append("    }\n");
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, DotNetOptions o)
    {
        var @virtual = o.MakeVirtual ? "virtual " : "";
        // Extensible data objects are read and written through data contracts.
        var dataContracts = o.AddDataContractAttributes || o.MakeDataContractsExtensible;
        WriteTypeComment(sb, type, context);
        foreach (var route in type.Operation?.Routes ?? [])
            sb.Append("    [Route(").Append(CodeText.RouteArgs(route)).Append(")]\n");
        if (type.Description is not null) sb.Append("    [Api(Description=").Append(CodeText.Quote(type.Description)).Append(")]\n");
        if (dataContracts)
            sb.Append(o.AddDefaultXmlNamespace is { Length: > 0 } xmlns ? $"    [DataContract(Namespace={CodeText.Quote(xmlns)})]\n" : "    [DataContract]\n");
        if (o.AddGeneratedCodeAttributes) sb.Append("    [GeneratedCode(\"AddServiceStackReference\", \"").Append(context.Version).Append("\")]\n");
        sb.Append("    ").Append(Visibility(o)).Append(o.MakePartial ? " partial class " : " class ").Append(type.Name).Append('\n');

        var inherits = new List<string>();
        if (context.BaseNameOf(type) is { } baseName) inherits.Add(baseName);
        if (type.Operation is { } operation && o.AddReturnMarker)
            inherits.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response, false)}>");
        inherits.AddRange(type.VerbMarkers);
        if (o.MakeDataContractsExtensible) inherits.Add("IExtensibleDataObject");
        if (inherits.Count > 0) sb.Append("        : ").Append(string.Join(", ", inherits)).Append('\n');
        sb.Append("    {\n");

        var collections = type.Properties.Where(p => p.Type.IsCollection).ToList();
        if (o.InitializeCollections && collections.Count > 0)
        {
            sb.Append("        public ").Append(type.Name).Append("()\n        {\n");
            foreach (var property in collections)
                sb.Append("            ").Append(Identifier(property.Name)).Append(" = new ").Append(TypeName(property.Type, false)).Append("{};\n");
            sb.Append("        }\n\n");
        }

        var wasAdded = false;
        var dataMemberIndex = 1;
        foreach (var property in type.Properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (context.Options.AddDescriptionAsComments && property.Description is not null)
            {
                sb.Append("        ///<summary>\n");
                foreach (var line in CodeText.Lines(property.Description)) sb.Append("        ///").Append(line).Append('\n');
                sb.Append("        ///</summary>\n");
                wasAdded = true;
            }
            if (dataContracts)
            {
                sb.Append(o.AddIndexesToDataMembers ? $"        [DataMember(Order={dataMemberIndex++})]\n" : "        [DataMember]\n");
                wasAdded = true;
            }
            if (property.ApiMember is not null)
            {
                sb.Append("        [ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")]\n");
                wasAdded = true;
            }
            var typeName = TypeName(property.Type, property.IsNullableReference && o.AddNullableAnnotations);
            sb.Append("        public ").Append(@virtual).Append(typeName).Append(' ').Append(Identifier(property.Name)).Append(" { get; set; }\n");
        }

        if (context.AddsResponseStatus(type))
            sb.Append("        public ").Append(@virtual).Append(o.AddNullableAnnotations ? "ResponseStatus?" : "ResponseStatus").Append(" ResponseStatus { get; set; }\n");
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append("        public ").Append(@virtual).Append("int Version { get; set; } = ").Append(version).Append(";\n");
        if (o.MakeDataContractsExtensible)
            sb.Append("        public ").Append(@virtual).Append(o.AddNullableAnnotations ? "ExtensionDataObject?" : "ExtensionDataObject").Append(" ExtensionData { get; set; }\n");
        sb.Append("    }\n");
    }

    private static void WriteTypeComment(StringBuilder sb, NativeType type, NativeTypesContext context)
    {
        if (!context.Options.AddDescriptionAsComments || type.Description is null) return;
        sb.Append("    ///<summary>\n");
        foreach (var line in CodeText.Lines(type.Description)) sb.Append("    ///").Append(line).Append('\n');
        sb.Append("    ///</summary>\n");
    }

    private static string TypeName(TypeRef type, bool nullableReference)
    {
        var name = type.Kind switch
        {
            TypeRefKind.Primitive => NativeTypeNames.CSharp.Scalar(type.Type),
            TypeRefKind.Array => TypeName(type.Element!, false) + "[]",
            TypeRefKind.List => $"List<{TypeName(type.Element!, false)}>",
            TypeRefKind.Dictionary => $"Dictionary<{TypeName(type.Key!, false)}, {TypeName(type.Element!, false)}>",
            _ => type.Name,
        };
        return type.IsNullableValue || nullableReference ? name + "?" : name;
    }

    private static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;

    private static string Visibility(DotNetOptions o) => o.MakeInternal ? "internal" : "public";
}
