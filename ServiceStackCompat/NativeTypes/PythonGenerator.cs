using System.Globalization;
using System.Text;

using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Python dataclasses for the servicestack package's JsonServiceClient.</summary>
public sealed class PythonGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.GlobalNamespace,
        ..HeaderOptionRuns.TypesAndMembers,
        KnownOptions.PythonImports,
        KnownOptions.DataClass,
        KnownOptions.DataClassJson,
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
        var o = PythonOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.Python, HeaderOptions));
        sb.Append('\n');
        foreach (var entry in o.DefaultImports)
        {
            var colon = entry.IndexOf(':');
            sb.Append(colon < 0 ? $"import {entry}" : $"from {entry[..colon]} import {string.Join(", ", entry[(colon + 1)..].Split('/'))}").Append('\n');
        }

        var blocks = context.DeclaredTypesDependenciesFirst(withServiceStackTypes: false)
            .Select(type => type.IsEnum ? Enum(type) : Class(type, context, o))
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

    private static string Class(NativeType type, NativeTypesContext context, PythonOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var sb = new StringBuilder();
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("# @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        if (type.Description is not null) sb.Append("# @Api(Description=").Append(CodeText.Quote(type.Description)).Append(")\n");
        sb.Append(o.DataClassJson).Append('\n').Append(o.DataClass).Append('\n');

        var bases = new List<string>();
        if (context.BaseNameOf(type) is { } baseName) bases.Add(baseName);
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
        if (context.AddsResponseStatus(type))
        {
            sb.Append("    response_status: Optional[ResponseStatus] = None\n");
            any = true;
        }
        if (context.ImplicitVersionOf(type) is { } version)
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
