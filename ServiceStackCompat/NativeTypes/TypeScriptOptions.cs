namespace ServiceStackCompat.NativeTypes;

/// <summary>The options TypeScript (classes and declarations) and JavaScript honour, read once a request.</summary>
internal sealed record TypeScriptOptions
{
    /// <summary>One namespace (a module for declarations) around every type.</summary>
    public required string? GlobalNamespace { get; init; }

    public required bool MakePropertiesOptional { get; init; }

    /// <summary>Declare ServiceStack's own types (IReturn, ResponseStatus, ...) too.</summary>
    public required bool AddServiceStackTypes { get; init; }

    public required IReadOnlyList<string> DefaultImports { get; init; }

    /// <summary>MakePropertiesOptional, whose default differs between classes and declarations.</summary>
    public static FlagOption MakePropertiesOptionalOption(bool declarationsOnly) =>
        declarationsOnly ? KnownOptions.MakeDeclaredPropertiesOptional : KnownOptions.MakePropertiesOptional;

    public static TypeScriptOptions Read(SentOptions sent, bool declarationsOnly) => new()
    {
        GlobalNamespace = KnownOptions.GlobalNamespace.ReadTrimmed(sent),
        MakePropertiesOptional = MakePropertiesOptionalOption(declarationsOnly).Read(sent),
        AddServiceStackTypes = KnownOptions.AddServiceStackTypes.Read(sent),
        DefaultImports = KnownOptions.TypeScriptImports.Read(sent),
    };
}
