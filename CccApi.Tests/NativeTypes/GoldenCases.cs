namespace CccApi.Tests.NativeTypes;

/// <summary>
/// One recorded answer: the host it came from, the /types/{Language} endpoint and the query sent; or, for
/// the tools' other documents, their own <paramref name="Path"/> (Language then only names the file).
/// </summary>
public sealed record GoldenCase(string Host, string Language, string Label, string Query, string? Path = null)
{
    public string FileName => $"{Language}.{Label}.txt";

    public string RequestPath => (Path ?? $"/api/types/{Language}") + (Query.Length > 0 ? "?" + Query : "");

    public override string ToString() => $"{Host}/{FileName}";
}

/// <summary>
/// Which answers are recorded: every endpoint with its defaults and with the options every language
/// reads, plus each language's own options; for the echo API (a host with an extra assembly) the
/// defaults, the member-adding options and one property of every scalar type.
/// </summary>
internal static class GoldenCases
{
    public const string CccHost = "ccc";
    public const string EchoHost = "echo";

    /// <summary>Every path /types/{Language} answers, metadata included.</summary>
    public static readonly string[] Languages =
        ["csharp", "fsharp", "vbnet", "typescript", "typescript.d", "js", "mjs", "php", "java", "kotlin", "swift", "dart", "python", "metadata"];

    // The echo API's operations by name, so that operations added to the test assembly later leave these files as they are.
    private const string EchoOperations = "Echo.*,EchoLiteral.*,EchoWildcard.*,Fail.*,PutEchoNotes.*,EchoValues.*";

    // Options every language reads, sent one way or another: unparsable values, odd case and spaces show how each is read and echoed.
    private static readonly (string Label, string Query)[] Shared =
    [
        ("default", ""),
        ("no-comments", "AddDescriptionAsComments=false"),
        ("comments-lowercase-name", "adddescriptionascomments=%20False%20"),
        ("comments-unparsable", "AddDescriptionAsComments=maybe&AddImplicitVersion=abc"),
        ("response-status-and-version", "AddResponseStatus=true&AddImplicitVersion=3"),
        ("include-exclude", "IncludeTypes=Create*,ResellerCollectionAccess.*&ExcludeTypes=CreateSite,ContactInfo"),
        ("include-one", "IncludeTypes=GetServiceSkus.*"),
        ("namespace-and-no-collections", "GlobalNamespace=My.Dtos&InitializeCollections=false"),
        ("no-servicestack-types", "AddServiceStackTypes=false"),
        ("default-imports", "DefaultImports=first,second:third"),
    ];

    private static readonly (string Language, string Label, string Query)[] LanguageSpecific =
    [
        ("csharp", "shape", "MakePartial=false&MakeVirtual=false&MakeInternal=true&AddReturnMarker=false&AddNullableAnnotations=true&AddGeneratedCodeAttributes=true&AddNamespaces=My.Extra,Other"),
        ("csharp", "data-contracts", "AddDataContractAttributes=true&AddIndexesToDataMembers=true&AddDefaultXmlNamespace=http://example.test/types&AddResponseStatus=true&AddNullableAnnotations=true"),
        ("csharp", "extensible", "MakeDataContractsExtensible=true&AddDefaultXmlNamespace=&AddNullableAnnotations=true&ExportValueTypes=true"),
        ("fsharp", "shape", "AddDataContractAttributes=true&AddIndexesToDataMembers=true&AddGeneratedCodeAttributes=true&AddReturnMarker=false&AddNamespaces=My.Extra&MakeDataContractsExtensible=true"),
        ("vbnet", "shape", "MakePartial=false&MakeVirtual=false&AddReturnMarker=false&AddGeneratedCodeAttributes=true&AddNamespaces=My.Extra&AddResponseStatus=true&AddImplicitVersion=2"),
        ("vbnet", "data-contracts", "AddDataContractAttributes=true&AddIndexesToDataMembers=true&AddDefaultXmlNamespace=http://example.test/types"),
        ("typescript", "optional", "MakePropertiesOptional=true&AddResponseStatus=true&AddImplicitVersion=2&ExportAsTypes=true"),
        ("typescript", "namespace-imports", "GlobalNamespace=My.Dtos&DefaultImports=Alpha/Beta:@scope/module,side-effect&AddServiceStackTypes=false"),
        ("typescript.d", "not-optional", "MakePropertiesOptional=false&AddResponseStatus=true&AddImplicitVersion=2"),
        ("typescript.d", "namespace", "GlobalNamespace=My.Dtos&MakePropertiesOptional=true"),
        ("mjs", "no-annotations", "AddDocAnnotations=false&InitializeCollections=false&AddResponseStatus=true"),
        ("php", "namespace-optional", "GlobalNamespace=&MakePropertiesOptional=true&DefaultImports=Vendor\\Extra"),
        ("php", "dotted-namespace", "GlobalNamespace=My.Dtos&AddImplicitVersion=2"),
        ("java", "package", "Package=net.example.dtos&GlobalNamespace=MyDtos&TreatTypesAsStrings=ServiceSku,Guid&DefaultImports=java.util.*,net.servicestack.client.*"),
        ("java", "plain-fields", "AddPropertyAccessors=false&AddResponseStatus=true&AddImplicitVersion=2"),
        ("java", "setters-void", "SettersReturnThis=false&GlobalNamespace="),
        ("kotlin", "package", "Package=net.example.dtos&TreatTypesAsStrings=ServiceSku,Guid&DefaultImports=java.util.*&InitializeCollections=false"),
        ("swift", "options", "BaseClass=MyBase&AddModelExtensions=false&ExcludeGenericBaseTypes=true&InitializeCollections=false&DefaultImports=Foundation"),
        ("dart", "imports", "DefaultImports=package:example/example.dart,dart:convert"),
        ("python", "dataclass", "DataClass=init%3DFalse&DataClassJson=letter_case%3DLetterCase.SNAKE&DefaultImports=typing:*,enum:Enum/IntEnum,decimal"),
        ("metadata", "everything", "MakePartial=false&MakeVirtual=false&MakeInternal=true&AddReturnMarker=false&AddDocAnnotations=false&AddDataContractAttributes=true"
            + "&AddIndexesToDataMembers=true&AddGeneratedCodeAttributes=true&AddModelExtensions=false&AddPropertyAccessors=false&ExcludeGenericBaseTypes=true"
            + "&SettersReturnThis=false&AddNullableAnnotations=true&MakePropertiesOptional=true&ExportAsTypes=true&ExcludeImplementedInterfaces=true"
            + "&AddDefaultXmlNamespace=http://example.test/types&MakeDataContractsExtensible=true&ExportValueTypes=true&ExcludeNamespace=true&GlobalNamespace=My.Dtos"),
    ];

    private static readonly (string Label, string Query)[] Echo =
    [
        ("default", "IncludeTypes=" + EchoOperations),
        ("response-status-and-version", "IncludeTypes=" + EchoOperations + "&AddResponseStatus=true&AddImplicitVersion=3&InitializeCollections=false"),
        ("no-comments-optional", "IncludeTypes=" + EchoOperations + "&AddDescriptionAsComments=false&MakePropertiesOptional=true&AddNullableAnnotations=true"),
        ("scalars", "IncludeTypes=EchoScalars.*"),
        ("scalars-nullable", "IncludeTypes=EchoScalars.*&AddNullableAnnotations=true&MakePropertiesOptional=true&InitializeCollections=false"),
    ];

    /// <summary>What else the host serves for ServiceStack's tools: the /types index and the app metadata.</summary>
    private static readonly GoldenCase[] ToolDocuments =
    [
        new(CccHost, "index", "default", "", "/api/types"),
        new(CccHost, "app", "default", "", "/api/metadata/app.json"),
    ];

    public static IEnumerable<GoldenCase> Ccc() =>
        Languages.SelectMany(language => Shared.Select(s => new GoldenCase(CccHost, language, s.Label, s.Query)))
            .Concat(LanguageSpecific.Select(s => new GoldenCase(CccHost, s.Language, s.Label, s.Query)))
            .Concat(ToolDocuments);

    public static IEnumerable<GoldenCase> EchoApi() =>
        Languages.SelectMany(language => Echo.Select(s => new GoldenCase(EchoHost, language, s.Label, s.Query)));
}
