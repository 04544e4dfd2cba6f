using System.Globalization;
using System.Text;

using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// PHP 8.1+ DTOs for the servicestack/client Composer package (/types/php): backed enums, and classes
/// implementing JsonSerializable with constructor-promoted properties, fromMap (what JsonServiceClient
/// fills a response with) and jsonSerialize (what it sends); requests also implement IReturn or IReturnVoid
/// and the verb markers, and carry getTypeName, getMethod and createResponse. The package declares
/// ServiceStack's own types and the built-in operations, so they are imported, never declared.
/// </summary>
public sealed class PhpGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.PhpNamespace,
        KnownOptions.MakePropertiesOptional,
        ..HeaderOptionRuns.TypesAndMembers,
        KnownOptions.PhpImports,
    ];

    // What the servicestack/client package declares, imported into every file.
    private static readonly string[] LibraryImports =
    [
        "DateTime",
        "Exception",
        "DateInterval",
        "JsonSerializable",
        "ServiceStack\\{IReturn,IReturnVoid,IGet,IPost,IPut,IDelete,IPatch,IMeta,IHasSessionId,IHasBearerToken,IHasVersion}",
        "ServiceStack\\{ResponseStatus,ResponseError,EmptyResponse,IdResponse,ArrayList,KeyValuePair2,StringResponse,StringsResponse}",
        "ServiceStack\\{JsonConverters,Returns,TypeContext}",
    ];

    // Words PHP does not accept as a class or enum name (case-insensitively): a DTO named so gets a "_" suffix.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "abstract", "and", "array", "as", "break", "callable", "case", "catch", "class", "clone", "const", "continue", "declare", "default",
        "do", "echo", "else", "elseif", "empty", "enddeclare", "endfor", "endforeach", "endif", "endswitch", "endwhile", "enum", "eval", "exit",
        "extends", "final", "finally", "fn", "for", "foreach", "function", "global", "goto", "if", "implements", "include", "include_once",
        "instanceof", "insteadof", "interface", "isset", "list", "match", "namespace", "new", "or", "print", "private", "protected", "public",
        "readonly", "require", "require_once", "return", "static", "switch", "throw", "trait", "try", "unset", "use", "var", "while", "xor",
        "yield", "int", "float", "bool", "string", "true", "false", "null", "void", "iterable", "object", "mixed", "never", "parent", "self",
    };

    public string Language => "php";

    public string ContentType => "text/javascript; charset=utf-8";

    public bool ClientDeclaresBuiltIns => true;

    public string Generate(NativeTypesContext context)
    {
        var o = PhpOptions.Read(context.Sent);
        var sb = new StringBuilder(o.Namespace is null ? "<?php\n" : $"<?php namespace {o.Namespace};\n");
        sb.Append(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append("\n\n");
        foreach (var import in LibraryImports.Concat(o.DefaultImports)) sb.Append("use ").Append(import).Append(";\n");
        foreach (var type in context.DeclaredTypesDependenciesFirst(withServiceStackTypes: false))
        {
            sb.Append('\n');
            if (type.IsEnum) WriteEnum(sb, type);
            else WriteClass(sb, type, context, o);
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static void WriteEnum(StringBuilder sb, NativeType type)
    {
        var numeric = type.HasExplicitEnumValues;
        sb.Append("enum ").Append(ClassName(type.Name)).Append(numeric ? " : int\n{\n" : " : string\n{\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("    case ").Append(member.Name).Append(" = ")
                .Append(numeric ? member.Value.ToString(CultureInfo.InvariantCulture) : $"'{member.Name}'").Append(";\n");
        }
        sb.Append("}\n");
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, PhpOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var baseName = context.BaseNameOf(type) is { } declaredBase ? ClassName(declaredBase) : null;
        if (comments && type.Description is not null) sb.Append("/** @description ").Append(type.Description).Append(" */\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("// @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        if (type.Description is not null) sb.Append("// @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");

        var interfaces = new List<string>();
        if (type.Operation is { } operation)
        {
            interfaces.Add(operation.Response is null ? "IReturnVoid" : "IReturn");
            if (operation.Response is { } response) sb.Append("#[Returns('").Append(ReturnsName(response)).Append("')]\n");
        }
        interfaces.AddRange(type.VerbMarkers);
        interfaces.Add("JsonSerializable");
        sb.Append("class ").Append(ClassName(type.Name)).Append(baseName is null ? "" : " extends " + baseName)
            .Append(" implements ").Append(string.Join(", ", interfaces)).Append("\n{\n");

        if (context.ImplicitVersionOf(type) is { } version) sb.Append("    public int $version = ").Append(version).Append(";\n");

        var inherited = InheritedProperties(type, context).ToList();
        var own = OwnProperties(type, context, o).ToList();
        if (inherited.Count + own.Count > 0)
        {
            WriteConstructor(sb, inherited, own, comments);
            sb.Append('\n');
            sb.Append("    /** @throws Exception */\n    public function fromMap($o): void {\n");
            if (baseName is not null) sb.Append("        parent::fromMap($o);\n");
            foreach (var p in own) sb.Append("        if (isset($o['").Append(p.Name).Append("'])) $this->").Append(p.Name).Append(" = ").Append(p.Read).Append(";\n");
            sb.Append("    }\n");
        }

        sb.Append('\n');
        sb.Append("    /** @throws Exception */\n    public function jsonSerialize(): mixed\n    {\n");
        // A base class with nothing set answers an empty object (so JSON gets {}, not []); as an array it is empty.
        sb.Append(baseName is null ? "        $o = [];\n" : "        $o = (array)parent::jsonSerialize();\n");
        if (context.ImplicitVersionOf(type) is not null) sb.Append("        $o['version'] = $this->version;\n");
        foreach (var p in own) sb.Append("        if (isset($this->").Append(p.Name).Append(")) $o['").Append(p.Name).Append("'] = ").Append(p.Write).Append(";\n");
        sb.Append("        return empty($o) ? new class(){} : $o;\n    }\n");

        if (type.Operation is { } op)
        {
            sb.Append("    public function getTypeName(): string { return '").Append(type.Name).Append("'; }\n");
            if (op.Method is { } method) sb.Append("    public function getMethod(): string { return '").Append(method).Append("'; }\n");
            sb.Append(op.Response is null
                ? "    public function createResponse(): void {}\n"
                : $"    public function createResponse(): mixed {{ return {NewResponse(op.Response)}; }}\n");
        }
        sb.Append("}\n");
    }

    /// <summary>One constructor-promoted property: its PHP declaration, default, and how fromMap and jsonSerialize convert it.</summary>
    private sealed record PhpProperty(string Name, string DeclaredType, string DocType, string Default, string Read, string Write, string? Description, ApiMemberAttribute? ApiMember);

    private static void WriteConstructor(StringBuilder sb, List<PhpProperty> inherited, List<PhpProperty> own, bool comments)
    {
        if (inherited.Count > 0)
        {
            sb.Append("    /**\n");
            foreach (var p in inherited) sb.Append("     * @param ").Append(p.DocType).Append(" $").Append(p.Name).Append('\n');
            sb.Append("     */\n");
        }
        sb.Append("    public function __construct(\n");
        var parameters = new List<string>();
        foreach (var p in inherited) parameters.Add($"        {p.DeclaredType} ${p.Name}={p.Default}");
        foreach (var p in own)
        {
            var lines = new StringBuilder();
            if (comments && p.Description is not null) lines.Append("        /** @description ").Append(p.Description).Append(" */\n");
            if (p.ApiMember is not null) lines.Append("        // @ApiMember(").Append(CodeText.ApiMemberArgs(p.ApiMember)).Append(")\n");
            lines.Append("        /** @var ").Append(p.DocType).Append(" */\n");
            lines.Append("        public ").Append(p.DeclaredType).Append(" $").Append(p.Name).Append('=').Append(p.Default);
            parameters.Add(lines.ToString());
        }
        sb.Append(string.Join(",\n", parameters)).Append('\n');
        sb.Append("    ) {\n");
        if (inherited.Count > 0) sb.Append("        parent::__construct(").Append(string.Join(",", inherited.Select(p => "$" + p.Name))).Append(");\n");
        sb.Append("    }\n");
    }

    /// <summary>The base classes' properties, outermost first, which the constructor passes on to the parent's.</summary>
    private static IEnumerable<PhpProperty> InheritedProperties(NativeType type, NativeTypesContext context)
    {
        var chain = new List<NativeType>();
        for (var t = type.BaseType is null ? null : context.Find(type.BaseType); t is not null; t = t.BaseType is null ? null : context.Find(t.BaseType))
            chain.Insert(0, t);
        var o = PhpOptions.Read(context.Sent);
        return chain.SelectMany(t => OwnProperties(t, context, o));
    }

    private static IEnumerable<PhpProperty> OwnProperties(NativeType type, NativeTypesContext context, PhpOptions o)
    {
        foreach (var property in type.Properties)
        {
            // As the JSON names it; optional unless it is a non-nullable value or marked required.
            var optional = o.MakePropertiesOptional
                || (property.ApiMember?.IsRequired != true && (property.Type.IsNullableValue || !property.Type.IsValueType || property.Type.Kind == TypeRefKind.Enum));
            yield return Describe(CodeText.CamelCase(property.Name), property.Type, optional, property.Description, property.ApiMember);
        }
        if (context.AddsResponseStatus(type))
            yield return Describe("responseStatus", TypeRef.From(typeof(ResponseStatus)), optional: true, null, null);
    }

    private static PhpProperty Describe(string name, TypeRef type, bool optional, string? description, ApiMemberAttribute? apiMember)
    {
        var declared = DeclaredType(type);
        var zero = optional ? null : ZeroValue(type);
        var nullable = zero is null;
        var (read, write) = Conversions(name, type);
        return new PhpProperty(name, (nullable ? "?" : "") + declared, DocType(type) + (nullable ? "|null" : ""), zero ?? "null", read, write, description, apiMember);
    }

    /// <summary>Scalars and nullable scalars pass through; dates, enums, DTOs and collections go through the library's JsonConverters.</summary>
    private static (string Read, string Write) Conversions(string name, TypeRef type)
    {
        var value = $"$o['{name}']";
        var member = $"$this->{name}";
        switch (type.Kind)
        {
            case TypeRefKind.Primitive when type.Type != typeof(DateTime) && type.Type != typeof(DateTimeOffset) && type.Type != typeof(TimeSpan):
                return (value, member);
            case TypeRefKind.List or TypeRefKind.Array:
                var element = Quote(ConvertedName(type.Element!));
                return ($"JsonConverters::fromArray({element}, {value})", $"JsonConverters::toArray({element}, {member})");
            case TypeRefKind.Dictionary:
                var context = $"JsonConverters::context('Dictionary',genericArgs:[{Quote(ConvertedName(type.Key!))},{Quote(ConvertedName(type.Element!))}])";
                return ($"JsonConverters::from({context}, {value})", $"JsonConverters::to({context}, {member})");
            default:
                var converted = Quote(ConvertedName(type));
                return ($"JsonConverters::from({converted}, {value})", $"JsonConverters::to({converted}, {member})");
        }
    }

    private static string Quote(string name) => $"'{name}'";

    /// <summary>The name JsonConverters knows a type by: the PHP type, or "array" for collections.</summary>
    private static string ConvertedName(TypeRef type) => type.Kind is TypeRefKind.List or TypeRefKind.Array or TypeRefKind.Dictionary ? "array" : DeclaredType(type);

    private static string DeclaredType(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array or TypeRefKind.Dictionary => "array",
        _ => ClassName(type.Name),
    };

    /// <summary>The name a DTO is declared under: its own, unless PHP reserves it.</summary>
    private static string ClassName(string name) => ReservedNames.Contains(name) ? name + "_" : name;

    /// <summary>The docblock type, which names collection elements (array&lt;Sku&gt;).</summary>
    private static string DocType(TypeRef type) => type.Kind switch
    {
        TypeRefKind.List or TypeRefKind.Array => $"array<{DocType(type.Element!)}>",
        TypeRefKind.Dictionary => $"array<{DocType(type.Key!)},{DocType(type.Element!)}>",
        _ => DeclaredType(type),
    };

    private static string Scalar(Type type)
    {
        if (type == typeof(bool)) return "bool";
        if (type == typeof(float) || type == typeof(double) || type == typeof(decimal)) return "float";
        if (ScalarTypes.IsNumber(type)) return "int";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "DateTime";
        if (type == typeof(TimeSpan)) return "DateInterval";
        return "string";
    }

    /// <summary>The value a required property starts with; null where PHP has none to offer (DTOs, enums).</summary>
    private static string? ZeroValue(TypeRef type) => type.Kind switch
    {
        TypeRefKind.List or TypeRefKind.Array or TypeRefKind.Dictionary => "[]",
        TypeRefKind.Primitive => Scalar(type.Type) switch
        {
            "bool" => "false",
            "int" => "0",
            "float" => "0.0",
            "DateTime" => "new DateTime()",
            "DateInterval" => "new DateInterval('P0D')",
            _ => "''",
        },
        _ => null,
    };

    private static string ReturnsName(TypeRef response) => response.Kind switch
    {
        TypeRefKind.Class or TypeRefKind.Enum => ClassName(response.Name),
        TypeRefKind.List or TypeRefKind.Array or TypeRefKind.Dictionary => "array",
        _ => Scalar(response.Type),
    };

    private static string NewResponse(TypeRef response) => response.Kind switch
    {
        TypeRefKind.Class => $"new {ClassName(response.Name)}()",
        TypeRefKind.List or TypeRefKind.Array => $"ArrayList::create([{Quote(ConvertedName(response.Element!))}])",
        TypeRefKind.Dictionary => "[]",
        _ => ZeroValue(response) ?? "null",
    };
}
