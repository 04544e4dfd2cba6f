using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>F# DTOs (classes with auto-properties) for ServiceStack's .NET clients.</summary>
public sealed class FSharpGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.GlobalNamespace,
        KnownOptions.MakeDataContractsExtensible,
        ..HeaderOptionRuns.DotNetMembers,
        KnownOptions.ExportValueTypes,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
        KnownOptions.InitializeCollections,
        KnownOptions.AddNamespaces,
    ];

    private static readonly HashSet<string> Keywords =
    [
        "abstract", "and", "as", "assert", "base", "begin", "class", "default", "delegate", "do", "done", "downcast", "downto", "elif", "else",
        "end", "exception", "extern", "false", "finally", "for", "fun", "function", "global", "if", "in", "inherit", "inline", "interface",
        "internal", "lazy", "let", "match", "member", "module", "mutable", "namespace", "new", "null", "of", "open", "or", "override", "private",
        "public", "rec", "return", "static", "struct", "then", "to", "true", "try", "type", "upcast", "use", "val", "void", "when", "while", "with", "yield",
    ];

    public string Language => "fsharp";

    /// <summary>ServiceStack.Client ships Authenticate and AuthenticateResponse.</summary>
    public bool ClientDeclaresBuiltIns => true;

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = DotNetOptions.Read(context.Sent);
        var ns = o.GlobalNamespace ?? context.Namespaces.FirstOrDefault() ?? "ServiceModel";
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.FSharp, HeaderOptions));
        sb.Append('\n');
        // One namespace holds every type; types that refer to each other both ways need it recursive.
        sb.Append(context.DeclaredTypesHaveCycle ? "namespace rec " : "namespace ").Append(ns).Append("\n\n");
        foreach (var name in o.Imports(declared: [])) sb.Append("open ").Append(name).Append('\n');
        sb.Append('\n');

        foreach (var type in context.DeclaredTypesDependenciesFirst(withServiceStackTypes: false))
        {
            if (type.IsEnum) WriteEnum(sb, type);
            else WriteClass(sb, type, context, o);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void WriteEnum(StringBuilder sb, NativeType type)
    {
        if (type.IsFlags) sb.Append("    [<Flags>]\n");
        sb.Append("    type ").Append(type.Name).Append(" =\n");
        foreach (var member in type.EnumMembers) sb.Append("        | ").Append(member.Name).Append(" = ").Append(member.Value).Append('\n');
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, DotNetOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        if (comments && type.Description is not null) sb.Append("    ///<summary>\n    ///").Append(type.Description).Append("\n    ///</summary>\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("    [<Route(").Append(CodeText.RouteArgs(route)).Append(")>]\n");
        if (type.Description is not null) sb.Append("    [<Api(Description=").Append(CodeText.Quote(type.Description)).Append(")>]\n");
        if (o.AddDataContractAttributes) sb.Append("    [<DataContract>]\n");
        if (o.AddGeneratedCodeAttributes) sb.Append("    [<GeneratedCode(\"AddServiceStackReference\", \"").Append(context.Version).Append("\")>]\n");
        sb.Append("    [<AllowNullLiteral>]\n");
        sb.Append("    type ").Append(type.Name).Append("() = \n");
        var bodyStart = sb.Length;
        if (context.BaseNameOf(type) is { } baseName) sb.Append("        inherit ").Append(baseName).Append("()\n");
        if (type.Operation is { } operation && o.AddReturnMarker)
            sb.Append("        interface ").Append(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response)}>").Append('\n');
        foreach (var marker in type.VerbMarkers) sb.Append("        interface ").Append(marker).Append('\n');

        var wasAdded = false;
        var index = 1;
        foreach (var property in type.Properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (comments && property.Description is not null)
            {
                sb.Append("        ///<summary>\n");
                foreach (var line in CodeText.Lines(property.Description)) sb.Append("        ///").Append(line).Append('\n');
                sb.Append("        ///</summary>\n");
                wasAdded = true;
            }
            if (o.AddDataContractAttributes)
            {
                sb.Append(o.AddIndexesToDataMembers ? $"        [<DataMember(Order={index++})>]\n" : "        [<DataMember>]\n");
                wasAdded = true;
            }
            if (property.ApiMember is not null)
            {
                sb.Append("        [<ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")>]\n");
                wasAdded = true;
            }
            sb.Append("        member val ").Append(Name(property.Name)).Append(':').Append(TypeName(property.Type))
                .Append(" = ").Append(DefaultValue(property.Type, o.InitializeCollections)).Append(" with get,set\n");
        }
        if (context.AddsResponseStatus(type))
            sb.Append("        member val ResponseStatus:ResponseStatus = null with get,set\n");
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append("        member val Version:Int32 = ").Append(version).Append(" with get,set\n");
        if (sb.Length == bodyStart) sb.Append("        class end\n");
    }

    private static string DefaultValue(TypeRef type, bool initializeCollections) => type switch
    {
        { IsNullableValue: true } => $"new {TypeName(type)}()",
        { Kind: TypeRefKind.Array } => initializeCollections ? "[||]" : "null",
        { IsCollection: true } => initializeCollections ? $"new {TypeName(type)}()" : "null",
        { Kind: TypeRefKind.Enum } => $"new {type.Name}()",
        { Kind: TypeRefKind.Primitive, IsValueType: true } => $"new {TypeName(type)}()",
        _ => "null",
    };

    private static string Name(string name) => Keywords.Contains(name) ? $"``{name}``" : name;

    private static string TypeName(TypeRef type)
    {
        var name = type.Kind switch
        {
            TypeRefKind.Primitive => NativeTypeNames.FSharp.Scalar(type.Type),
            TypeRefKind.List => $"ResizeArray<{TypeName(type.Element!)}>",
            TypeRefKind.Array => $"{TypeName(type.Element!)}[]",
            TypeRefKind.Dictionary => $"Dictionary<{TypeName(type.Key!)}, {TypeName(type.Element!)}>",
            _ => type.Name,
        };
        return type.IsNullableValue ? $"Nullable<{name}>" : name;
    }
}
