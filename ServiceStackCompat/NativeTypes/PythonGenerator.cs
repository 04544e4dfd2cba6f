using System.Globalization;
using System.Text;

using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Python dataclasses for the servicestack package's JsonServiceClient.</summary>
public sealed class PythonGenerator : INativeTypesGenerator
{
    private const string DefaultImports =
        "datetime,decimal,marshmallow.fields:*,servicestack:*,typing:*,dataclasses:dataclass/field,dataclasses_json:dataclass_json/LetterCase/Undefined/config,enum:Enum/IntEnum";

    private static readonly OptionSpec[] OptionList =
    [
        new("GlobalNamespace"),
        OptionSpec.Flag("AddServiceStackTypes", true),
        OptionSpec.Flag("AddResponseStatus", false),
        new("AddImplicitVersion"),
        OptionSpec.Flag("AddDescriptionAsComments", true),
        new("IncludeTypes"),
        new("ExcludeTypes"),
        new("DefaultImports", DefaultImports),
        new("DataClass"),
        new("DataClassJson"),
    ];

    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield",
    ];

    public string Language => "python";

    public string ContentType => "text/plain; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = context.Options;
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.Python, OptionList));
        sb.Append('\n');
        foreach (var entry in o.GetList("DefaultImports") is { Count: > 0 } list ? list : DefaultImports.Split(','))
        {
            var colon = entry.IndexOf(':');
            sb.Append(colon < 0 ? $"import {entry}" : $"from {entry[..colon]} import {string.Join(", ", entry[(colon + 1)..].Split('/'))}").Append('\n');
        }

        var dataClass = o.Get("DataClass") is { Length: > 0 } dc ? $"@dataclass({dc})" : "@dataclass";
        var dataClassJson = o.Get("DataClassJson") is { Length: > 0 } dcj
            ? $"@dataclass_json({dcj})"
            : "@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)";

        var blocks = TypeScriptGenerator.OrderedTypes(context, withServiceStackTypes: false, out _)
            .Select(type => type.IsEnum ? Enum(type) : Class(type, context, dataClass, dataClassJson))
            .ToList();
        sb.Append("\n\n");
        sb.Append(string.Join("\n\n\n", blocks.Select(b => b.TrimEnd('\n'))));
        if (blocks.Count > 0) sb.Append('\n');
        if (blocks.Count > 0 && blocks[^1].TrimEnd('\n').EndsWith("\"\"\"", StringComparison.Ordinal)) sb.Append('\n');
        return sb.ToString();
    }

    private static string Enum(NativeType type)
    {
        var sb = new StringBuilder();
        sb.Append("class ").Append(type.Name).Append(type.HasExplicitEnumValues ? "(IntEnum):\n" : "(str, Enum):\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("    ").Append(CodeText.SnakeCase(member.Name).ToUpperInvariant()).Append(" = ")
                .Append(type.HasExplicitEnumValues ? member.Value.ToString(CultureInfo.InvariantCulture) : $"'{member.Name}'").Append('\n');
        }
        return sb.ToString();
    }

    private static string Class(NativeType type, NativeTypesContext context, string dataClass, string dataClassJson)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var sb = new StringBuilder();
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("# @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        if (type.Description is not null) sb.Append("# @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");
        sb.Append(dataClassJson).Append('\n').Append(dataClass).Append('\n');

        var bases = new List<string>();
        if (type.BaseType is not null) bases.Add(context.Find(type.BaseType)?.Name ?? type.BaseType.Name);
        if (type.Operation is { } operation)
            bases.Add(operation.Response is null ? "IReturnVoid" : $"IReturn[{TypeName(operation.Response)}]");
        bases.AddRange(type.VerbMarkers);
        sb.Append("class ").Append(type.Name).Append(bases.Count > 0 ? $"({string.Join(", ", bases)})" : "").Append(":\n");
        if (comments && type.Description is not null) sb.Append("    \"\"\"\n    ").Append(type.Description).Append("\n    \"\"\"\n\n");

        var wasAdded = false;
        var any = false;
        foreach (var property in type.Properties)
        {
            if (wasAdded) sb.Append('\n');
            wasAdded = false;
            if (property.ApiMember is not null)
            {
                sb.Append("    # @ApiMember(").Append(CodeText.ApiMemberArgs(property.ApiMember)).Append(")\n");
                wasAdded = true;
            }
            sb.Append("    ").Append(FieldName(property.Name)).Append(": ").Append(Declaration(property.Type)).Append('\n');
            any = true;
            if (comments && property.Description is not null)
            {
                sb.Append("    \"\"\"\n    ").Append(property.Description).Append("\n    \"\"\"\n\n");
                wasAdded = true;
            }
        }
        if (context.Options.AddResponseStatus && type.IsResponse && !CSharpGenerator.HasResponseStatus(type, context))
        {
            sb.Append("    response_status: Optional[ResponseStatus] = None\n");
            any = true;
        }
        if (context.Options.AddImplicitVersion is { } version && type.IsRequest && !type.HasProperty("Version"))
        {
            sb.Append("    version: int = ").Append(version).Append('\n');
            any = true;
        }
        if (!any && !(comments && type.Description is not null)) sb.Append("    pass\n");
        return sb.ToString();
    }

    private static string FieldName(string name)
    {
        var snake = CodeText.SnakeCase(name);
        return Keywords.Contains(snake) ? snake + "_" : snake;
    }

    /// <summary>"name: type = default" without the name: value types get their zero, the rest None or an empty collection.</summary>
    private static string Declaration(TypeRef type)
    {
        if (type.IsNullableValue || type.Kind is TypeRefKind.Class or TypeRefKind.Enum)
            return $"Optional[{TypeName(type)}] = None";
        if (type.Kind is TypeRefKind.List or TypeRefKind.Array) return $"{TypeName(type)} = field(default_factory=list)";
        if (type.Kind is TypeRefKind.Dictionary) return $"{TypeName(type)} = field(default_factory=dict)";
        var t = type.Type;
        if (t == typeof(decimal)) return "Decimal = decimal.Decimal(0)";
        if (t == typeof(float) || t == typeof(double)) return "float = 0.0";
        if (ScalarTypes.IsNumber(t)) return "int = 0";
        if (t == typeof(bool)) return "bool = False";
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset)) return "datetime.datetime = datetime.datetime(1, 1, 1)";
        if (t == typeof(TimeSpan)) return "datetime.timedelta = datetime.timedelta()";
        return $"Optional[{TypeName(type)}] = None";
    }

    private static string TypeName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => NativeTypeNames.Python.Scalar(type.Type),
        TypeRefKind.List or TypeRefKind.Array => $"List[{TypeName(type.Element!)}]",
        TypeRefKind.Dictionary => $"Dict[{TypeName(type.Key!)}, {TypeName(type.Element!)}]",
        _ => type.Name,
    };
}
