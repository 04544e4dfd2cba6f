namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// Every option a client may send, each with its one default. A language lists the ones it shows in
/// its header; its options record reads the ones it honours.
/// </summary>
internal static class KnownOptions
{
    // Which types and members every language declares.
    public static readonly ListOption IncludeTypes = new("IncludeTypes");
    public static readonly ListOption ExcludeTypes = new("ExcludeTypes");
    public static readonly FlagOption AddDescriptionAsComments = new("AddDescriptionAsComments", true);
    public static readonly FlagOption AddResponseStatus = new("AddResponseStatus", false);
    public static readonly NumberOption AddImplicitVersion = new("AddImplicitVersion");
    public static readonly FlagOption AddServiceStackTypes = new("AddServiceStackTypes", true);
    public static readonly FlagOption InitializeCollections = new("InitializeCollections", true);

    // The .NET languages (C#, F#, VB.NET).
    public static readonly TextOption GlobalNamespace = new("GlobalNamespace");
    public static readonly FlagOption MakePartial = new("MakePartial", true);
    public static readonly FlagOption MakeVirtual = new("MakeVirtual", true);
    public static readonly FlagOption MakeInternal = new("MakeInternal", false);
    public static readonly FlagOption MakeDataContractsExtensible = new("MakeDataContractsExtensible", false);
    public static readonly FlagOption AddNullableAnnotations = new("AddNullableAnnotations", false);
    public static readonly FlagOption AddReturnMarker = new("AddReturnMarker", true);
    public static readonly FlagOption AddDataContractAttributes = new("AddDataContractAttributes", false);
    public static readonly FlagOption AddIndexesToDataMembers = new("AddIndexesToDataMembers", false);
    public static readonly FlagOption AddGeneratedCodeAttributes = new("AddGeneratedCodeAttributes", false);
    public static readonly FlagOption ExportValueTypes = new("ExportValueTypes", false);
    public static readonly ListOption AddNamespaces = new("AddNamespaces");
    public static readonly TextOption AddDefaultXmlNamespace = new("AddDefaultXmlNamespace", "http://schemas.servicestack.net/types");

    // TypeScript: classes are filled in by their constructors, declarations (typescript.d) describe JSON that may lack any member.
    public static readonly FlagOption MakePropertiesOptional = new("MakePropertiesOptional", false);
    public static readonly FlagOption MakeDeclaredPropertiesOptional = new("MakePropertiesOptional", true);
    public static readonly ListOption TypeScriptImports = new("DefaultImports");

    // Java and Kotlin; Java names its one outer class after GlobalNamespace.
    public static readonly TextOption Package = new("Package");
    public static readonly TextOption JavaClassName = new("GlobalNamespace", "dtos");
    public static readonly FlagOption AddPropertyAccessors = new("AddPropertyAccessors", true);
    public static readonly FlagOption SettersReturnThis = new("SettersReturnThis", true);
    public static readonly ListOption TreatTypesAsStrings = new("TreatTypesAsStrings");
    public static readonly ListOption JvmImports = new("DefaultImports", "java.math.*,java.util.*,net.servicestack.client.*");

    // Swift.
    public static readonly TextOption BaseClass = new("BaseClass");
    public static readonly FlagOption AddModelExtensions = new("AddModelExtensions", true);
    public static readonly FlagOption ExcludeGenericBaseTypes = new("ExcludeGenericBaseTypes", false);
    public static readonly ListOption SwiftImports = new("DefaultImports", "Foundation,ServiceStack");

    // Dart.
    public static readonly ListOption DartImports = new("DefaultImports", "package:servicestack/servicestack.dart");

    // Python.
    public static readonly ListOption PythonImports = new("DefaultImports",
        "datetime,decimal,marshmallow.fields:*,servicestack:*,typing:*,dataclasses:dataclass/field,dataclasses_json:dataclass_json/LetterCase/Undefined/config,enum:Enum/IntEnum");
    public static readonly TextOption DataClass = new("DataClass");
    public static readonly TextOption DataClassJson = new("DataClassJson");

    // PHP: the library's namespace-less default is "dtos".
    public static readonly TextOption PhpNamespace = new("GlobalNamespace", "dtos");
    public static readonly ListOption PhpImports = new("DefaultImports");

    // Only reported back in the MetadataTypes document's config.
    public static readonly FlagOption AddDocAnnotations = new("AddDocAnnotations", true);
    public static readonly FlagOption ExportAsTypes = new("ExportAsTypes", false);
    public static readonly FlagOption ExcludeImplementedInterfaces = new("ExcludeImplementedInterfaces", false);
    public static readonly FlagOption ExcludeNamespace = new("ExcludeNamespace", false);
}
