using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>CommonJS (ES5) DTO classes, as TypeScript compiles the /types/typescript DTOs.</summary>
public sealed class JavaScriptGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.AddServiceStackTypes,
        KnownOptions.AddDescriptionAsComments,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
        KnownOptions.TypeScriptImports,
    ];

    // The standard class-inheritance helper TypeScript emits for ES5 targets.
    private static readonly string[] ExtendsHelper =
    [
        "\"use strict\";",
        "var __extends = (this && this.__extends) || (function () {",
        "    var extendStatics = function (d, b) {",
        "        extendStatics = Object.setPrototypeOf ||",
        "            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||",
        "            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };",
        "        return extendStatics(d, b);",
        "    };",
        "    return function (d, b) {",
        "        if (typeof b !== \"function\" && b !== null)",
        "            throw new TypeError(\"Class extends value \" + String(b) + \" is not a constructor or null\");",
        "        extendStatics(d, b);",
        "        function __() { this.constructor = d; }",
        "        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());",
        "    };",
        "})();",
    ];

    public string Language => "js";

    public string ContentType => "text/javascript; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = TypeScriptOptions.Read(context.Sent, declarationsOnly: false);
        var types = context.DeclaredTypesDependenciesFirst(o.AddServiceStackTypes);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        foreach (var line in ExtendsHelper) sb.Append(line).Append("\r\n");
        sb.Append("exports.__esModule = true;\n");
        if (types.Count > 0)
            sb.Append(string.Join(" = ", types.Select(t => "exports." + t.Name))).Append(" = void 0;\n");
        sb.Append('\n');

        foreach (var type in types)
        {
            if (type.IsEnum)
            {
                sb.Append("var ").Append(type.Name).Append(";\n(function (").Append(type.Name).Append(") {\n");
                foreach (var member in type.EnumMembers)
                {
                    sb.Append("    ").Append(type.Name);
                    if (type.HasExplicitEnumValues)
                        sb.Append("[").Append(type.Name).Append("[\"").Append(member.Name).Append("\"] = ").Append(member.Value).Append("] = \"").Append(member.Name).Append("\";\n");
                    else
                        sb.Append("[\"").Append(member.Name).Append("\"] = \"").Append(member.Name).Append("\";\n");
                }
                sb.Append("})(").Append(type.Name).Append(" = exports.").Append(type.Name).Append(" || (exports.").Append(type.Name).Append(" = {}));\n");
                continue;
            }

            var baseName = context.BaseNameOf(type);
            sb.Append("var ").Append(type.Name).Append(" = /** @class */ (function (").Append(baseName is null ? "" : "_super").Append(") {\n");
            if (baseName is not null)
            {
                sb.Append("    __extends(").Append(type.Name).Append(", _super);\n");
                sb.Append("    function ").Append(type.Name).Append("(init) {\n");
                sb.Append("        var _this = _super.call(this, init) || this;\n");
                sb.Append("        Object.assign(_this, init);\n");
                sb.Append("        return _this;\n    }\n");
            }
            else
            {
                sb.Append("    function ").Append(type.Name).Append("(init) {\n        Object.assign(this, init);\n    }\n");
            }
            if (type.Operation is { } operation)
            {
                sb.Append("    ").Append(type.Name).Append(".prototype.getTypeName = function () { return '").Append(type.Name).Append("'; };\n");
                if (operation.Method is { } method)
                    sb.Append("    ").Append(type.Name).Append(".prototype.getMethod = function () { return '").Append(method).Append("'; };\n");
                sb.Append("    ").Append(type.Name).Append(".prototype.createResponse = function () { ").Append(CreateResponse(operation.Response)).Append("};\n");
            }
            sb.Append("    return ").Append(type.Name).Append(";\n}(").Append(baseName ?? "").Append("));\n");
            sb.Append("exports.").Append(type.Name).Append(" = ").Append(type.Name).Append(";\n");
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static string CreateResponse(TypeRef? response) => response switch
    {
        null => "",
        { Kind: TypeRefKind.Class } => $"return new {response.Name}(); ",
        { Kind: TypeRefKind.List or TypeRefKind.Array } => "return new Array(); ",
        { Kind: TypeRefKind.Dictionary } => "return {}; ",
        _ => "return null; ",
    };
}
