using System.Text;

using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// TypeScript DTOs: classes for @servicestack/client (/types/typescript), or interface declarations
/// only (/types/typescript.d), ordered so that every type follows those it depends on.
/// </summary>
public sealed class TypeScriptGenerator(bool declarationsOnly) : INativeTypesGenerator
{
    public string Language => declarationsOnly ? "typescript.d" : "typescript";

    public string ContentType => "text/plain; charset=utf-8";

    private NativeTypesOption[] HeaderOptions =>
    [
        KnownOptions.GlobalNamespace,
        TypeScriptOptions.MakePropertiesOptionalOption(declarationsOnly),
        ..HeaderOptionRuns.TypesAndMembers,
        KnownOptions.TypeScriptImports,
    ];

    public string Generate(NativeTypesContext context)
    {
        var o = TypeScriptOptions.Read(context.Sent, declarationsOnly);
        var optional = o.MakePropertiesOptional;
        var serviceStackTypes = o.AddServiceStackTypes;
        var export = declarationsOnly ? "" : "export ";

        var body = new StringBuilder();
        if (serviceStackTypes)
        {
            body.Append(export).Append("interface IReturn<T>\n{\n").Append(declarationsOnly ? "" : "    createResponse(): T;\n").Append("}\n\n");
            body.Append(export).Append("interface IReturnVoid\n{\n").Append(declarationsOnly ? "" : "    createResponse(): void;\n").Append("}\n\n");
            foreach (var marker in context.Requests.SelectMany(r => r.VerbMarkers).Distinct())
                body.Append(export).Append("interface ").Append(marker).Append("\n{\n}\n\n");
        }

        foreach (var type in context.DeclaredTypesDependenciesFirst(serviceStackTypes))
        {
            if (type.IsEnum) WriteEnum(body, type, export);
            else WriteClass(body, type, context, optional, export);
            body.Append('\n');
        }

        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        foreach (var import in Imports(o.DefaultImports)) sb.Append(import).Append('\n');
        sb.Append('\n');
        if (o.GlobalNamespace is { } ns)
        {
            sb.Append(declarationsOnly ? "declare module " : "export namespace ").Append(ns).Append("\n{\n");
            foreach (var line in body.ToString().TrimEnd('\n').Split('\n'))
                sb.Append(line.Length == 0 ? "" : "    " + line).Append('\n');
            sb.Append("}\n\n");
        }
        else
        {
            sb.Append(body);
        }
        return sb.ToString();
    }

    /// <summary>DefaultImports entries "Name1,Name2:module" become import lines.</summary>
    private static IEnumerable<string> Imports(IReadOnlyList<string> entries)
    {
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':');
            if (colon < 0) yield return $"import '{entry}';";
            else yield return $"import {{ {string.Join(", ", entry[..colon].Split('/'))} }} from \"{entry[(colon + 1)..]}\";";
        }
    }

    private void WriteEnum(StringBuilder sb, NativeType type, string export)
    {
        if (declarationsOnly)
        {
            sb.Append("type ").Append(type.Name).Append(" = ")
                .Append(string.Join(" | ", type.EnumMembers.Select(m => type.HasExplicitEnumValues ? m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"\"{m.Name}\"")))
                .Append(";\n");
            return;
        }
        if (type.IsFlags) sb.Append("// @Flags()\n");
        sb.Append(export).Append("enum ").Append(type.Name).Append("\n{\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("    ").Append(member.Name).Append(" = ")
                .Append(type.HasExplicitEnumValues ? member.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"'{member.Name}'")
                .Append(",\n");
        }
        sb.Append("}\n");
    }

    private void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, bool optional, string export)
    {
        var comments = context.Options.AddDescriptionAsComments;
        if (comments && type.Description is not null) sb.Append("/** @description ").Append(type.Description).Append(" */\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("// @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        if (type.Description is not null) sb.Append("// @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");
        if (type.DataContract && type.IsServiceStackType) sb.Append("// @DataContract\n");

        var implements = new List<string>();
        if (type.Operation is { } operation)
            implements.Add(operation.Response is null ? "IReturnVoid" : $"IReturn<{TypeName(operation.Response)}>");
        implements.AddRange(type.VerbMarkers);
        sb.Append(export).Append(declarationsOnly ? "interface " : "class ").Append(type.Name);
        var baseName = context.BaseNameOf(type);
        if (declarationsOnly)
        {
            var extends = (baseName is null ? implements : implements.Prepend(baseName)).ToList();
            if (extends.Count > 0) sb.Append(" extends ").Append(string.Join(", ", extends));
        }
        else
        {
            if (baseName is not null) sb.Append(" extends ").Append(baseName);
            if (implements.Count > 0) sb.Append(" implements ").Append(string.Join(", ", implements));
        }
        sb.Append("\n{\n");

        var wasAdded = false;
        var member = declarationsOnly ? "    " : "    public ";
        foreach (var property in type.Properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (comments && property.Description is not null)
            {
                sb.Append("    /** @description ").Append(property.Description).Append(" */\n");
                wasAdded = true;
            }
            if (type.IsServiceStackType && property.DataMemberOrder is { } order)
            {
                sb.Append("    // @DataMember(Order=").Append(order).Append(")\n");
                wasAdded = true;
            }
            if (property.ApiMember is not null)
            {
                sb.Append("    // @ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")\n");
                wasAdded = true;
            }
            var isOptional = optional || property.Type.IsNullableValue;
            sb.Append(member).Append(CodeText.CamelCase(property.Name)).Append(isOptional ? "?: " : ": ").Append(TypeName(property.Type)).Append(";\n");
        }
        if (context.AddsResponseStatus(type))
            sb.Append(member).Append(optional ? "responseStatus?: ResponseStatus;\n" : "responseStatus: ResponseStatus;\n");
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append(member).Append(declarationsOnly ? "version?: number;\n" : $"version: number = {version};\n");

        if (!declarationsOnly)
        {
            if (type.Properties.Count > 0) sb.Append('\n');
            sb.Append("    public constructor(init?: Partial<").Append(type.Name).Append(">) { ")
                .Append(baseName is null ? "" : "super(init); ").Append("(Object as any).assign(this, init); }\n");
            if (type.Operation is { } op)
            {
                sb.Append("    public getTypeName() { return '").Append(type.Name).Append("'; }\n");
                if (op.Method is { } method) sb.Append("    public getMethod() { return '").Append(method).Append("'; }\n");
                sb.Append("    public createResponse() ").Append(CreateResponse(op.Response)).Append('\n');
            }
        }
        sb.Append("}\n");
    }

    private static string CreateResponse(TypeRef? response) => response switch
    {
        null => "{}",
        { Kind: TypeRefKind.Class } => $"{{ return new {response.Name}(); }}",
        { Kind: TypeRefKind.List or TypeRefKind.Array } => $"{{ return new Array<{TypeName(response.Element!)}>(); }}",
        { Kind: TypeRefKind.Dictionary } => $"{{ return {{}} as {TypeName(response)}; }}",
        { Kind: TypeRefKind.Primitive } when ScalarTypes.IsNumber(response.Type) => "{ return 0; }",
        { Kind: TypeRefKind.Primitive } when response.Type == typeof(bool) => "{ return false; }",
        _ => "{ return ''; }",
    };

    internal static string TypeName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => NativeTypeNames.TypeScript.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => TypeName(type.Element!) + "[]",
        TypeRefKind.Dictionary => $"{{ [index: {(type.Key!.Kind == TypeRefKind.Primitive && ScalarTypes.IsNumber(type.Key.Type) ? "number" : "string")}]: {TypeName(type.Element!)}; }}",
        _ => type.Name,
    };
}
