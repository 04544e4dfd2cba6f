using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Swift Codable DTOs for the ServiceStack Swift package's JsonServiceClient.</summary>
public sealed class SwiftGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.BaseClass,
        KnownOptions.AddModelExtensions,
        KnownOptions.AddServiceStackTypes,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
        KnownOptions.ExcludeGenericBaseTypes,
        KnownOptions.AddResponseStatus,
        KnownOptions.AddImplicitVersion,
        KnownOptions.AddDescriptionAsComments,
        KnownOptions.InitializeCollections,
        KnownOptions.TreatTypesAsStrings,
        KnownOptions.SwiftImports,
    ];

    // Names a Swift class cannot declare as plain properties (they clash with NSObject/CustomStringConvertible or are keywords).
    private static readonly HashSet<string> Reserved =
        ["description", "class", "deinit", "enum", "extension", "func", "import", "init", "let", "protocol", "static", "struct", "subscript", "typealias", "var",
         "default", "do", "else", "for", "if", "in", "return", "switch", "where", "while", "as", "is", "self", "super", "true", "false", "nil", "case", "break"];

    public string Language => "swift";

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = SwiftOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions, ["SwiftVersion: 5.0"]));
        sb.Append('\n');
        foreach (var import in o.DefaultImports) sb.Append("import ").Append(import).Append('\n');
        sb.Append('\n');
        foreach (var type in context.DeclaredTypesRequestsFirst)
        {
            sb.Append(type.IsEnum ? Enum(type) : Class(type, context, o));
            sb.Append('\n');
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static string Enum(NativeType type)
    {
        var sb = new StringBuilder("public enum ").Append(type.Name).Append(type.HasExplicitEnumValues ? " : Int, Codable\n{\n" : " : String, Codable\n{\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("    case ").Append(member.Name);
            if (type.HasExplicitEnumValues) sb.Append(" = ").Append(member.Value);
            sb.Append('\n');
        }
        return sb.Append("}\n").ToString();
    }

    private static string Class(NativeType type, NativeTypesContext context, SwiftOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var initialize = o.InitializeCollections;
        var sb = new StringBuilder();
        if (comments && type.Description is not null) sb.Append("/**\n* ").Append(type.Description).Append("\n*/\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("// @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        if (type.Description is not null) sb.Append("// @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");

        var baseName = context.BaseNameOf(type);
        var supertypes = new List<string>();
        if (baseName is not null) supertypes.Add(baseName);
        if (type.Operation is { } operation) supertypes.Add(operation.Response is null ? "IReturnVoid" : "IReturn");
        supertypes.AddRange(type.VerbMarkers);
        if (baseName is null) supertypes.Add("Codable");
        sb.Append("public class ").Append(type.Name).Append(" : ").Append(string.Join(", ", supertypes)).Append("\n{\n");
        if (type.Operation is { Response: { } response })
            sb.Append("    public typealias Return = ").Append(TypeName(response)).Append("\n\n");

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
                sb.Append("    // @ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")\n");
                wasAdded = true;
            }
            sb.Append("    public var ").Append(Name(property.Name)).Append(':').Append(Declaration(property, initialize)).Append('\n');
        }
        if (context.AddsResponseStatus(type))
            sb.Append("    public var responseStatus:ResponseStatus?\n");
        if (context.ImplicitVersionOf(type) is { } version)
            sb.Append("    public var version:Int = ").Append(version).Append('\n');

        if (type.Properties.Count > 0) sb.Append('\n');
        if (baseName is null)
        {
            sb.Append("    required public init(){}\n");
            return sb.Append("}\n").ToString();
        }

        // A subclass of a Codable class encodes and decodes its own properties itself.
        sb.Append("    required public init(){ super.init() }\n\n");
        sb.Append("    private enum CodingKeys : String, CodingKey {\n");
        foreach (var property in type.Properties) sb.Append("        case ").Append(Name(property.Name)).Append('\n');
        sb.Append("    }\n\n");
        sb.Append("    required public init(from decoder: Decoder) throws {\n");
        sb.Append("        try super.init(from: decoder)\n");
        sb.Append("        let container = try decoder.container(keyedBy: CodingKeys.self)\n");
        foreach (var property in type.Properties)
        {
            var name = Name(property.Name);
            sb.Append("        ").Append(name).Append(" = try container.decodeIfPresent(").Append(TypeName(property.Type)).Append(".self, forKey: .").Append(name).Append(')');
            if (initialize && property.Type.IsCollection) sb.Append(property.Type.Kind == TypeRefKind.Dictionary ? " ?? [:]" : " ?? []");
            sb.Append('\n');
        }
        sb.Append("    }\n\n");
        sb.Append("    public override func encode(to encoder: Encoder) throws {\n");
        sb.Append("        try super.encode(to: encoder)\n");
        sb.Append("        var container = encoder.container(keyedBy: CodingKeys.self)\n");
        foreach (var property in type.Properties)
        {
            var name = Name(property.Name);
            if (initialize && property.Type.IsCollection)
                sb.Append("        if ").Append(name).Append(".count > 0 { try container.encode(").Append(name).Append(", forKey: .").Append(name).Append(") }\n");
            else
                sb.Append("        if ").Append(name).Append(" != nil { try container.encode(").Append(name).Append(", forKey: .").Append(name).Append(") }\n");
        }
        sb.Append("    }\n");
        return sb.Append("}\n").ToString();
    }

    private static string Declaration(NativeProperty property, bool initialize)
    {
        var name = TypeName(property.Type);
        if (initialize && property.Type.IsCollection) return name + (property.Type.Kind == TypeRefKind.Dictionary ? " = [:]" : " = []");
        return property.Type.IsNullableValue ? name + "?" : name;
    }

    private static string Name(string name)
    {
        var camel = CodeText.CamelCase(name);
        return Reserved.Contains(camel) ? char.ToUpperInvariant(camel[0]) + camel[1..] : camel;
    }

    private static string TypeName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => NativeTypeNames.Swift.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => $"[{TypeName(type.Element!)}]",
        TypeRefKind.Dictionary => $"[{TypeName(type.Key!)}:{TypeName(type.Element!)}]",
        _ => type.Name,
    };
}
