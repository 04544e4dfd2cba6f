using System.Globalization;
using System.Text;

using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// ES-module DTO classes with JSDoc annotations (/types/mjs), for @servicestack/client's JsonServiceClient
/// in browsers and Node without a build step: each type an <c>export class</c> filled in by its constructor,
/// each request with getTypeName, getMethod and createResponse, each type after those it depends on.
/// </summary>
public sealed class MjsGenerator : INativeTypesGenerator
{
    private static readonly NativeTypesOption[] HeaderOptions =
    [
        KnownOptions.AddServiceStackTypes,
        KnownOptions.AddDocAnnotations,
        KnownOptions.AddDescriptionAsComments,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
        KnownOptions.TypeScriptImports,
    ];

    public string Language => "mjs";

    public string ContentType => "text/javascript; charset=utf-8";

    public string Generate(NativeTypesContext context)
    {
        var o = MjsOptions.Read(context.Sent);
        var sb = new StringBuilder(OptionsHeader.Write(context, HeaderStyle.CStyle, HeaderOptions));
        sb.Append('\n');
        sb.Append("\"use strict\";\n");
        foreach (var type in context.DeclaredTypesDependenciesFirst(o.AddServiceStackTypes))
        {
            if (type.IsEnum) WriteEnum(sb, type, o);
            else WriteClass(sb, type, context, o);
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static void WriteEnum(StringBuilder sb, NativeType type, MjsOptions o)
    {
        var numeric = type.HasExplicitEnumValues;
        if (o.AddDocAnnotations)
        {
            sb.Append("/** @typedef {")
                .Append(numeric ? "number" : string.Join("|", type.EnumMembers.Select(m => $"'{m.Name}'")))
                .Append("} */\n");
        }
        sb.Append("export var ").Append(type.Name).Append(";\n");
        sb.Append("(function (").Append(type.Name).Append(") {\n");
        foreach (var member in type.EnumMembers)
        {
            sb.Append("    ").Append(type.Name);
            if (numeric)
                sb.Append('[').Append(type.Name).Append("[\"").Append(member.Name).Append("\"] = ")
                    .Append(member.Value.ToString(CultureInfo.InvariantCulture)).Append("] = \"").Append(member.Name).Append("\"\n");
            else
                sb.Append("[\"").Append(member.Name).Append("\"] = \"").Append(member.Name).Append("\"\n");
        }
        sb.Append("})(").Append(type.Name).Append(" || (").Append(type.Name).Append(" = {}));\n");
    }

    private static void WriteClass(StringBuilder sb, NativeType type, NativeTypesContext context, MjsOptions o)
    {
        var comments = context.Options.AddDescriptionAsComments;
        var baseName = context.BaseNameOf(type);
        if (comments && type.Description is not null) sb.Append("/** @description ").Append(type.Description).Append(" */\n");
        foreach (var route in type.Operation?.Routes ?? []) sb.Append("// @Route(").Append(CodeText.RouteArgs(route)).Append(")\n");
        sb.Append("export class ").Append(type.Name).Append(baseName is null ? "" : " extends " + baseName).Append(" {\n");

        var members = Members(type, context);
        if (o.AddDocAnnotations)
        {
            // The constructor accepts every member, the base classes' included, so editors check `new Dto({...})`.
            var accepted = InheritedMembers(type, context).Concat(members).Select(m => $"{m.Name}?:{m.TypeName}").ToList();
            if (accepted.Count > 0) sb.Append("    /** @param {{").Append(string.Join(",", accepted)).Append("}} [init] */\n");
        }
        sb.Append("    constructor(init) { ").Append(baseName is null ? "" : "super(init); ").Append("Object.assign(this, init) }\n");

        foreach (var member in members)
        {
            if (o.AddDocAnnotations)
            {
                var docType = (member.Optional ? "?" : "") + member.TypeName;
                if (comments && member.Description is not null)
                    sb.Append("    /**\n     * @type {").Append(docType).Append("}\n     * @description ").Append(member.Description).Append(" */\n");
                else
                    sb.Append("    /** @type {").Append(docType).Append("} */\n");
            }
            sb.Append("    ").Append(member.Name).Append(Initializer(member, o)).Append(";\n");
        }

        if (type.Operation is { } operation)
        {
            sb.Append("    getTypeName() { return '").Append(type.Name).Append("' }\n");
            if (operation.Method is { } method) sb.Append("    getMethod() { return '").Append(method).Append("' }\n");
            sb.Append("    createResponse() { ").Append(CreateResponse(operation.Response)).Append("}\n");
        }
        sb.Append("}\n");
    }

    private sealed record Member(string Name, string TypeName, bool Optional, string? Description, TypeRef? Type, string? Value);

    /// <summary>The class's own members as the JSON names them, with those the shared options add.</summary>
    private static List<Member> Members(NativeType type, NativeTypesContext context)
    {
        var members = type.Properties
            .Select(p => new Member(CodeText.CamelCase(p.Name), TypeScriptGenerator.TypeName(p.Type), p.Type.IsNullableValue, p.Description, p.Type, null))
            .ToList();
        if (context.AddsResponseStatus(type)) members.Add(new Member("responseStatus", "ResponseStatus", true, null, null, null));
        if (context.ImplicitVersionOf(type) is { } version)
            members.Add(new Member("version", "number", false, null, null, version.ToString(CultureInfo.InvariantCulture)));
        return members;
    }

    private static IEnumerable<Member> InheritedMembers(NativeType type, NativeTypesContext context)
    {
        var chain = new List<NativeType>();
        for (var t = type.BaseType is null ? null : context.Find(type.BaseType); t is not null; t = t.BaseType is null ? null : context.Find(t.BaseType))
            chain.Insert(0, t);
        return chain.SelectMany(t => Members(t, context));
    }

    /// <summary>Collections start empty (InitializeCollections), an implicit version at its value; the rest stay undefined until assigned.</summary>
    private static string Initializer(Member member, MjsOptions o)
    {
        if (member.Value is not null) return " = " + member.Value;
        if (!o.InitializeCollections || member.Type is null) return "";
        return member.Type.Kind switch
        {
            TypeRefKind.List or TypeRefKind.Array => " = []",
            TypeRefKind.Dictionary => " = {}",
            _ => "",
        };
    }

    private static string CreateResponse(TypeRef? response) => response switch
    {
        null => "",
        { Kind: TypeRefKind.Class } => $"return new {response.Name}() ",
        { Kind: TypeRefKind.List or TypeRefKind.Array } => "return [] ",
        { Kind: TypeRefKind.Dictionary } => "return {} ",
        { Kind: TypeRefKind.Primitive } when ScalarTypes.IsNumber(response.Type) => "return 0 ",
        { Kind: TypeRefKind.Primitive } when response.Type == typeof(bool) => "return false ",
        _ => "return '' ",
    };
}
