using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>C# DTOs for ServiceStack's .NET clients (ServiceStack.Client's JsonServiceClient).</summary>
public sealed class CSharpGenerator : INativeTypesGenerator
{
    private const string DefaultXmlNamespace = "http://schemas.servicestack.net/types";

    private static readonly OptionSpec[] OptionList =
    [
        new("GlobalNamespace"),
        OptionSpec.Flag("MakePartial", true),
        OptionSpec.Flag("MakeVirtual", true),
        OptionSpec.Flag("MakeInternal", false),
        OptionSpec.Flag("MakeDataContractsExtensible", false),
        OptionSpec.Flag("AddNullableAnnotations", false),
        OptionSpec.Flag("AddReturnMarker", true),
        OptionSpec.Flag("AddDescriptionAsComments", true),
        OptionSpec.Flag("AddDataContractAttributes", false),
        OptionSpec.Flag("AddIndexesToDataMembers", false),
        OptionSpec.Flag("AddGeneratedCodeAttributes", false),
        OptionSpec.Flag("AddResponseStatus", false),
        new("AddImplicitVersion"),
        OptionSpec.Flag("InitializeCollections", true),
        OptionSpec.Flag("ExportValueTypes", false),
        new("IncludeTypes"),
        new("ExcludeTypes"),
        new("AddNamespaces"),
        new("AddDefaultXmlNamespace", DefaultXmlNamespace),
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

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var settings = new Settings(context);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, OptionList));
        sb.Append('\n');
        if (settings.NullableAnnotations) sb.Append("#nullable enable\n\n");

        var global = context.Options.GlobalNamespace;
        var namespaces = global is not null ? [global] : context.Namespaces;
        List<string> usings = ["System", "System.Collections", "System.Collections.Generic", "System.Runtime.Serialization", "ServiceStack", "ServiceStack.DataAnnotations"];
        if (settings.GeneratedCode) usings.Add("System.CodeDom.Compiler");
        usings.AddRange(context.Options.GetList("AddNamespaces"));
        usings.AddRange(namespaces);
        foreach (var name in usings.Distinct()) sb.Append("using ").Append(name).Append(";\n");
        sb.Append('\n');

        foreach (var ns in namespaces)
        {
            var types = context.AllTypes.Where(t => global is not null || t.Namespace == ns).OrderBy(t => t.Name, StringComparer.Ordinal);
            sb.Append("namespace ").Append(ns).Append("\n{\n");
            foreach (var type in types)
            {
                if (type.IsEnum) WriteEnum(sb, type, settings);
                else WriteClass(sb, type, context, settings);
                sb.Append('\n');
            }
            sb.Append("}\n\n");
        }
        return sb.ToString();
    }

    private static void WriteEnum(StringBuilder sb, NativeType type, Settings settings)
    {
        WriteTypeComment(sb, type, settings);
        if (type.IsFlags) sb.Append("    [Flags]\n");
        sb.Append("    ").Append(settings.Visibility).Append(" enum ").Append(type.Name).Append("\n    {\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("        ").Append(member.Name);
            if (type.HasExplicitEnumValues) sb.Append(" = ").Append(member.Value);
            sb.Append(",\n");
        }
        sb.Append("    }\n");
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, Settings settings)
    {
        WriteTypeComment(sb, type, settings);
        foreach (var route in type.Operation?.Routes ?? [])
            sb.Append("    [Route(").Append(CodeText.RouteArgs(route)).Append(")]\n");
        if (type.Description is not null) sb.Append("    [Api(Description=").Append(CodeText.Quote(type.Description)).Append(")]\n");
        if (settings.DataContracts)
            sb.Append(settings.XmlNamespace is { Length: > 0 } xmlns ? $"    [DataContract(Namespace={CodeText.Quote(xmlns)})]\n" : "    [DataContract]\n");
        if (settings.GeneratedCode) sb.Append("    [GeneratedCode(\"AddServiceStackReference\", \"").Append(context.Version).Append("\")]\n");
        sb.Append("    ").Append(settings.Visibility).Append(settings.Partial ? " partial class " : " class ").Append(type.Name).Append('\n');

        var inherits = new List<string>();
        if (type.BaseType is not null) inherits.Add(TypeName(type.BaseType, context));
        if (type.Operation is { } operation && settings.ReturnMarker)
            inherits.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response, false, settings)}>");
        inherits.AddRange(type.VerbMarkers);
        if (settings.Extensible) inherits.Add("IExtensibleDataObject");
        if (inherits.Count > 0) sb.Append("        : ").Append(string.Join(", ", inherits)).Append('\n');
        sb.Append("    {\n");

        var collections = type.Properties.Where(p => p.Type.IsCollection).ToList();
        if (settings.InitializeCollections && collections.Count > 0)
        {
            sb.Append("        public ").Append(type.Name).Append("()\n        {\n");
            foreach (var property in collections)
                sb.Append("            ").Append(Identifier(property.Name)).Append(" = new ").Append(TypeName(property.Type, false, settings)).Append("{};\n");
            sb.Append("        }\n\n");
        }

        var wasAdded = false;
        var dataMemberIndex = 1;
        foreach (var property in type.Properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (settings.Comments && property.Description is not null)
            {
                sb.Append("        ///<summary>\n");
                foreach (var line in CodeText.Lines(property.Description)) sb.Append("        ///").Append(line).Append('\n');
                sb.Append("        ///</summary>\n");
                wasAdded = true;
            }
            if (settings.DataContracts)
            {
                sb.Append(settings.DataMemberIndexes ? $"        [DataMember(Order={dataMemberIndex++})]\n" : "        [DataMember]\n");
                wasAdded = true;
            }
            if (property.ApiMember is not null)
            {
                sb.Append("        [ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")]\n");
                wasAdded = true;
            }
            var typeName = TypeName(property.Type, property.IsNullableReference, settings);
            sb.Append("        public ").Append(settings.Virtual).Append(typeName).Append(' ').Append(Identifier(property.Name)).Append(" { get; set; }\n");
        }

        if (settings.AddResponseStatus && type.IsResponse && !HasResponseStatus(type, context))
            sb.Append("        public ").Append(settings.Virtual).Append(settings.NullableAnnotations ? "ResponseStatus?" : "ResponseStatus").Append(" ResponseStatus { get; set; }\n");
        if (settings.ImplicitVersion is { } version && type.IsRequest && !type.HasProperty("Version"))
            sb.Append("        public ").Append(settings.Virtual).Append("int Version { get; set; } = ").Append(version).Append(";\n");
        if (settings.Extensible)
            sb.Append("        public ").Append(settings.Virtual).Append(settings.NullableAnnotations ? "ExtensionDataObject?" : "ExtensionDataObject").Append(" ExtensionData { get; set; }\n");
        sb.Append("    }\n");
    }

    private static void WriteTypeComment(StringBuilder sb, NativeType type, Settings settings)
    {
        if (!settings.Comments || type.Description is null) return;
        sb.Append("    ///<summary>\n");
        foreach (var line in CodeText.Lines(type.Description)) sb.Append("    ///").Append(line).Append('\n');
        sb.Append("    ///</summary>\n");
    }

    internal static bool HasResponseStatus(NativeType type, NativeTypesContext context)
    {
        for (NativeType? t = type; t is not null; t = t.BaseType is null ? null : context.Find(t.BaseType))
            if (t.HasProperty("ResponseStatus")) return true;
        return false;
    }

    private static string TypeName(Type type, NativeTypesContext context) => context.Find(type)?.Name ?? type.Name;

    private static string TypeName(TypeRef type, bool nullableReference, Settings settings)
    {
        var name = type.Kind switch
        {
            TypeRefKind.Primitive => NativeTypeNames.CSharp.Scalar(type.Type),
            TypeRefKind.Array => TypeName(type.Element!, false, settings) + "[]",
            TypeRefKind.List => $"List<{TypeName(type.Element!, false, settings)}>",
            TypeRefKind.Dictionary => $"Dictionary<{TypeName(type.Key!, false, settings)}, {TypeName(type.Element!, false, settings)}>",
            _ => type.Name,
        };
        return type.IsNullableValue || (nullableReference && settings.NullableAnnotations) ? name + "?" : name;
    }

    private static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;

    private sealed class Settings(NativeTypesContext context)
    {
        private readonly NativeTypesOptions _o = context.Options;

        public bool Partial => _o.GetBool("MakePartial", true);
        public string Virtual => _o.GetBool("MakeVirtual", true) ? "virtual " : "";
        public string Visibility => _o.GetBool("MakeInternal", false) ? "internal" : "public";
        public bool Extensible => _o.GetBool("MakeDataContractsExtensible", false);
        public bool NullableAnnotations => _o.GetBool("AddNullableAnnotations", false);
        public bool ReturnMarker => _o.GetBool("AddReturnMarker", true);
        public bool Comments => _o.AddDescriptionAsComments;
        public bool DataContracts => _o.GetBool("AddDataContractAttributes", false) || Extensible;
        public bool DataMemberIndexes => _o.GetBool("AddIndexesToDataMembers", false);
        public bool GeneratedCode => _o.GetBool("AddGeneratedCodeAttributes", false);
        public bool AddResponseStatus => _o.AddResponseStatus;
        public int? ImplicitVersion => _o.AddImplicitVersion;
        public bool InitializeCollections => _o.InitializeCollections;
        public string XmlNamespace => _o.GetString("AddDefaultXmlNamespace", DefaultXmlNamespace);
    }
}
