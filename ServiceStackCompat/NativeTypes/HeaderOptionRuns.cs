namespace ServiceStackCompat.NativeTypes;

/// <summary>Runs of options that several languages list, in this order, in their headers.</summary>
internal static class HeaderOptionRuns
{
    /// <summary>The attribute and member options of C#, F# and VB.NET, after their class-shape options.</summary>
    public static readonly NativeTypesOption[] DotNetMembers =
    [
        KnownOptions.AddReturnMarker,
        KnownOptions.AddDescriptionAsComments,
        KnownOptions.AddDataContractAttributes,
        KnownOptions.AddIndexesToDataMembers,
        KnownOptions.AddGeneratedCodeAttributes,
        KnownOptions.AddResponseStatus,
        KnownOptions.AddImplicitVersion,
    ];

    /// <summary>What C# and VB.NET list after <see cref="DotNetMembers"/>.</summary>
    public static readonly NativeTypesOption[] DotNetSelection =
    [
        KnownOptions.InitializeCollections,
        KnownOptions.ExportValueTypes,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
        KnownOptions.AddNamespaces,
        KnownOptions.AddDefaultXmlNamespace,
    ];

    /// <summary>The type and member options TypeScript, Kotlin, Dart and Python list after their first one or two.</summary>
    public static readonly NativeTypesOption[] TypesAndMembers =
    [
        KnownOptions.AddServiceStackTypes,
        KnownOptions.AddResponseStatus,
        KnownOptions.AddImplicitVersion,
        KnownOptions.AddDescriptionAsComments,
        KnownOptions.IncludeTypes,
        KnownOptions.ExcludeTypes,
    ];
}
