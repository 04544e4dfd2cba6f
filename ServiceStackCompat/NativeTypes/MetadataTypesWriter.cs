using System.Text;
using System.Text.Json;

namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// /types/metadata: ServiceStack's MetadataTypes document (config, namespaces, types, operations with
/// routes), in camelCase JSON with unset members left out.
/// </summary>
public static class MetadataTypesWriter
{

    // The config's flags up to addDefaultXmlNamespace, in ServiceStack's order.
    private static readonly FlagOption[] ConfigFlags =
    [
        KnownOptions.MakePartial, KnownOptions.MakeVirtual, KnownOptions.MakeInternal, KnownOptions.AddReturnMarker, KnownOptions.AddDescriptionAsComments,
        KnownOptions.AddDocAnnotations, KnownOptions.AddDataContractAttributes, KnownOptions.AddIndexesToDataMembers, KnownOptions.AddGeneratedCodeAttributes,
        KnownOptions.AddResponseStatus, KnownOptions.AddServiceStackTypes, KnownOptions.AddModelExtensions, KnownOptions.AddPropertyAccessors,
        KnownOptions.ExcludeGenericBaseTypes, KnownOptions.SettersReturnThis, KnownOptions.AddNullableAnnotations, KnownOptions.MakePropertiesOptional,
        KnownOptions.ExportAsTypes, KnownOptions.ExcludeImplementedInterfaces,
    ];

    private static readonly string[] ExportTypes =
    [
        "ServiceStack.IGet", "ServiceStack.IPost", "ServiceStack.IPut", "ServiceStack.IDelete", "ServiceStack.IPatch", "ServiceStack.IMeta",
        "ServiceStack.IHasSessionId", "ServiceStack.IHasBearerToken", "ServiceStack.IHasVersion",
    ];

    private static readonly string[] ExportAttributes =
    [
        "System.FlagsAttribute", "ServiceStack.ApiAttribute", "ServiceStack.ApiResponseAttribute", "ServiceStack.ApiMemberAttribute",
        "ServiceStack.ApiAllowableValuesAttribute", "ServiceStack.RouteAttribute",
    ];

    private static readonly string[] IgnoreTypesInNamespaces = ["ServiceStack", "ServiceStack.Auth", "ServiceStack.NativeTypes"];

    /// <summary>How every document of the tools writes JSON: non-ASCII text as it is.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(NativeTypesContext context)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
            WriteDocument(json, context);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The MetadataTypes object; <paramref name="operationExtras"/> adds members at the end of each operation
    /// (the app metadata's authentication flags), so every document describes operations and types alike.
    /// </summary>
    internal static void WriteDocument(Utf8JsonWriter json, NativeTypesContext context, Action<Utf8JsonWriter, NativeOperation>? operationExtras = null)
    {
        json.WriteStartObject();
        WriteConfig(json, context);
        json.WriteStartArray("namespaces");
        foreach (var ns in context.Namespaces.Prepend("System").Distinct()) json.WriteStringValue(ns);
        json.WriteEndArray();
        json.WriteStartArray("types");
        foreach (var type in context.Types) WriteType(json, type, context);
        json.WriteEndArray();
        json.WriteStartArray("operations");
        foreach (var operation in context.Operations) WriteOperation(json, operation, context, operationExtras);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteConfig(Utf8JsonWriter json, NativeTypesContext context)
    {
        var sent = context.Sent;
        var shared = context.Options;
        var dotNet = DotNetOptions.Read(sent);
        json.WriteStartObject("config");
        json.WriteString("baseUrl", context.BaseUrl);
        WriteFlags(json, sent, ConfigFlags);
        json.WriteString("addDefaultXmlNamespace", dotNet.AddDefaultXmlNamespace);
        WriteFlags(json, sent, [KnownOptions.MakeDataContractsExtensible, KnownOptions.InitializeCollections]);
        if (dotNet.GlobalNamespace is { } global) json.WriteString("globalNamespace", global);
        if (shared.AddImplicitVersion is { } version) json.WriteNumber("addImplicitVersion", version);
        WriteStrings(json, "includeTypes", shared.IncludeTypes, omitEmpty: true);
        WriteStrings(json, "excludeTypes", shared.ExcludeTypes, omitEmpty: true);
        WriteStrings(json, "defaultNamespaces", DotNetOptions.DefaultNamespaces);
        WriteFlags(json, sent, [KnownOptions.ExportValueTypes, KnownOptions.ExcludeNamespace]);
        WriteStrings(json, "ignoreTypes", []);
        WriteStrings(json, "exportTypes", ExportTypes);
        WriteStrings(json, "exportAttributes", ExportAttributes);
        WriteStrings(json, "ignoreTypesInNamespaces", IgnoreTypesInNamespaces);
        json.WriteEndObject();
    }

    /// <summary>Each flag's value as a camelCase member ("makePartial": true).</summary>
    private static void WriteFlags(Utf8JsonWriter json, SentOptions sent, IEnumerable<FlagOption> flags)
    {
        foreach (var flag in flags) json.WriteBoolean(CodeText.CamelCase(flag.Name), flag.Read(sent));
    }

    private static void WriteOperation(Utf8JsonWriter json, NativeOperation operation, NativeTypesContext context, Action<Utf8JsonWriter, NativeOperation>? extras)
    {
        json.WriteStartObject();
        json.WritePropertyName("request");
        WriteType(json, operation.Request, context);
        if (operation.Response is { Kind: TypeRefKind.Class } response && context.Find(response.Type) is { IsServiceStackType: false } responseType)
        {
            json.WritePropertyName("response");
            WriteType(json, responseType, context);
        }
        WriteStrings(json, "actions", operation.Actions.ToList());
        if (operation.Method is { } method) json.WriteString("method", method);
        if (operation.Response is { } returns)
        {
            json.WriteStartObject("returnType");
            WriteTypeName(json, returns, "name");
            json.WriteEndObject();
        }
        else
        {
            json.WriteBoolean("returnsVoid", true);
        }
        json.WriteStartArray("routes");
        foreach (var route in operation.Routes)
        {
            json.WriteStartObject();
            json.WriteString("path", route.Path);
            if (route.Verbs is not null) json.WriteString("verbs", string.Join(",", route.Verbs));
            if (route.Notes is not null) json.WriteString("notes", route.Notes);
            if (route.Summary is not null) json.WriteString("summary", route.Summary);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        extras?.Invoke(json, operation);
        json.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter json, NativeType type, NativeTypesContext context)
    {
        json.WriteStartObject();
        json.WriteString("name", type.Name);
        json.WriteString("namespace", Namespace(type.Type));
        if (type.Description is not null) json.WriteString("description", type.Description);
        if (type.BaseType is not null)
        {
            json.WriteStartObject("inherits");
            json.WriteString("name", context.BaseNameOf(type));
            json.WriteString("namespace", Namespace(type.BaseType));
            json.WriteEndObject();
        }
        json.WriteStartArray("implements");
        foreach (var marker in type.VerbMarkers)
        {
            json.WriteStartObject();
            json.WriteString("name", marker);
            json.WriteString("namespace", NativeTypesContext.ServiceStackNamespace);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (type.IsEnum)
        {
            json.WriteBoolean("isEnum", true);
            if (type.IsFlags) json.WriteBoolean("isEnumInt", true);
            WriteStrings(json, "enumNames", type.EnumMembers.Select(m => m.Name).ToList());
            if (type.HasExplicitEnumValues) WriteStrings(json, "enumValues", type.EnumMembers.Select(m => m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        }
        else
        {
            json.WriteStartArray("properties");
            foreach (var property in type.Properties) WriteProperty(json, property);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, NativeProperty property)
    {
        var type = property.Type;
        var member = property.ApiMember;
        json.WriteStartObject();
        json.WriteString("name", property.Name);
        WriteTypeName(json, type, "type");
        if (type.Kind == TypeRefKind.Enum) json.WriteBoolean("isEnum", true);
        if (member?.Description is not null) json.WriteString("description", member.Description);
        if (member is not null)
        {
            if (member.ParameterType is not null) json.WriteString("paramType", member.ParameterType);
            if (member.DataType is not null) json.WriteString("displayType", member.DataType);
            if (member.IsRequired) json.WriteBoolean("isRequired", true);
        }
        // A declaration with no values says the property lists none, not even a Boolean's true/false.
        var allowable = property.AllowableValues is { } declared
            ? (declared.Values.Length > 0 ? declared.Values : null)
            : type.Kind == TypeRefKind.Enum ? Enum.GetNames(type.Type)
            : member is not null && type.Type == typeof(bool) ? ["true", "false"] : null;
        if (allowable is not null) WriteStrings(json, "allowableValues", allowable);
        if (member is not null)
        {
            json.WriteStartArray("attributes");
            json.WriteStartObject();
            json.WriteString("name", "ApiMember");
            json.WriteStartArray("args");
            WriteArg(json, "DataType", member.DataType);
            WriteArg(json, "Description", member.Description);
            if (member.ExcludeInSchema) WriteArg(json, "ExcludeInSchema", "true", isBool: true);
            if (member.IsRequired) WriteArg(json, "IsRequired", "true", isBool: true);
            WriteArg(json, "Name", member.Name);
            WriteArg(json, "ParameterType", member.ParameterType);
            WriteArg(json, "Route", member.Route);
            WriteArg(json, "Verb", member.Verb);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("format");
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteArg(Utf8JsonWriter json, string name, string? value, bool isBool = false)
    {
        if (value is null) return;
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("type", isBool ? "Boolean" : "String");
        json.WriteString("namespace", "System");
        if (isBool) json.WriteBoolean("isValueType", true);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    /// <summary>"type", "namespace", "isValueType" and "genericArgs" the way .NET names the type (Nullable`1 of Guid).</summary>
    private static void WriteTypeName(Utf8JsonWriter json, TypeRef type, string key)
    {
        if (type.IsNullableValue)
        {
            json.WriteString(key, "Nullable`1");
            json.WriteString("namespace", "System");
            json.WriteBoolean("isValueType", true);
            WriteStrings(json, "genericArgs", [type.Name]);
            return;
        }
        var clr = type.Type;
        if (type.Kind == TypeRefKind.List && clr.IsGenericType)
        {
            json.WriteString(key, clr.Name);
            json.WriteString("namespace", clr.Namespace ?? "");
            WriteStrings(json, "genericArgs", [GenericArgName(type.Element!)]);
            return;
        }
        if (type.Kind == TypeRefKind.Dictionary && clr.IsGenericType)
        {
            json.WriteString(key, clr.Name);
            json.WriteString("namespace", clr.Namespace ?? "");
            WriteStrings(json, "genericArgs", [GenericArgName(type.Key!), GenericArgName(type.Element!)]);
            return;
        }
        json.WriteString(key, clr.Name);
        json.WriteString("namespace", Namespace(type.Kind == TypeRefKind.Array ? clr.GetElementType()! : clr));
        if (clr.IsValueType) json.WriteBoolean("isValueType", true);
    }

    private static string GenericArgName(TypeRef type) => type.IsNullableValue ? $"Nullable<{type.Name}>" : type.Kind switch
    {
        TypeRefKind.List or TypeRefKind.Dictionary => type.Type.Name,
        _ => type.Name,
    };

    private static string Namespace(Type type) =>
        NativeTypesContext.IsServiceStackNamespace(type) ? NativeTypesContext.ServiceStackNamespace : type.Namespace ?? "";

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values, bool omitEmpty = false)
    {
        if (omitEmpty && values.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
