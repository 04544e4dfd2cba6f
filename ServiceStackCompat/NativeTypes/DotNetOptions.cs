namespace ServiceStackCompat.NativeTypes;

/// <summary>The options the .NET languages (C#, F#, VB.NET) honour, read once a request.</summary>
internal sealed record DotNetOptions
{
    /// <summary>The namespaces every .NET DTO file imports.</summary>
    public static readonly IReadOnlyList<string> DefaultNamespaces =
        ["System", "System.Collections", "System.Collections.Generic", "System.Runtime.Serialization", "ServiceStack", "ServiceStack.DataAnnotations"];

    /// <summary>One namespace for every type instead of each type's own.</summary>
    public required string? GlobalNamespace { get; init; }

    public required bool MakePartial { get; init; }

    public required bool MakeVirtual { get; init; }

    public required bool MakeInternal { get; init; }

    public required bool MakeDataContractsExtensible { get; init; }

    public required bool AddNullableAnnotations { get; init; }

    public required bool AddReturnMarker { get; init; }

    public required bool AddDataContractAttributes { get; init; }

    public required bool AddIndexesToDataMembers { get; init; }

    public required bool AddGeneratedCodeAttributes { get; init; }

    public required bool InitializeCollections { get; init; }

    public required IReadOnlyList<string> AddNamespaces { get; init; }

    /// <summary>The DataContract namespace; empty when the client sent an empty one.</summary>
    public required string AddDefaultXmlNamespace { get; init; }

    public static DotNetOptions Read(SentOptions sent) => new()
    {
        GlobalNamespace = KnownOptions.GlobalNamespace.ReadTrimmed(sent),
        MakePartial = KnownOptions.MakePartial.Read(sent),
        MakeVirtual = KnownOptions.MakeVirtual.Read(sent),
        MakeInternal = KnownOptions.MakeInternal.Read(sent),
        MakeDataContractsExtensible = KnownOptions.MakeDataContractsExtensible.Read(sent),
        AddNullableAnnotations = KnownOptions.AddNullableAnnotations.Read(sent),
        AddReturnMarker = KnownOptions.AddReturnMarker.Read(sent),
        AddDataContractAttributes = KnownOptions.AddDataContractAttributes.Read(sent),
        AddIndexesToDataMembers = KnownOptions.AddIndexesToDataMembers.Read(sent),
        AddGeneratedCodeAttributes = KnownOptions.AddGeneratedCodeAttributes.Read(sent),
        InitializeCollections = KnownOptions.InitializeCollections.Read(sent),
        AddNamespaces = KnownOptions.AddNamespaces.Read(sent),
        AddDefaultXmlNamespace = KnownOptions.AddDefaultXmlNamespace.Read(sent),
    };

    /// <summary>The namespaces the types are declared in: the global one, else each type's own.</summary>
    public IReadOnlyList<string> Namespaces(NativeTypesContext context) => GlobalNamespace is { } global ? [global] : context.Namespaces;

    /// <summary>What the file imports: the defaults, the code-generation attribute's, the ones asked for, then <paramref name="declared"/>.</summary>
    public IEnumerable<string> Imports(IEnumerable<string> declared)
    {
        var imports = DefaultNamespaces.ToList();
        if (AddGeneratedCodeAttributes) imports.Add("System.CodeDom.Compiler");
        return imports.Concat(AddNamespaces).Concat(declared).Distinct();
    }
}
