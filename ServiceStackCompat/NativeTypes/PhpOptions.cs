namespace ServiceStackCompat.NativeTypes;

/// <summary>The options PHP honours beyond the shared ones, read once a request.</summary>
internal sealed record PhpOptions
{
    /// <summary>The PHP namespace the file declares ("dtos" by default); none when sent empty.</summary>
    public required string? Namespace { get; init; }

    public required bool MakePropertiesOptional { get; init; }

    /// <summary>Extra `use` lines after ServiceStack's own.</summary>
    public required IReadOnlyList<string> DefaultImports { get; init; }

    public static PhpOptions Read(SentOptions sent) => new()
    {
        // A dotted .NET-style namespace (My.Dtos) becomes PHP's My\Dtos.
        Namespace = KnownOptions.PhpNamespace.Read(sent).Trim() is { Length: > 0 } ns ? ns.Replace('.', '\\') : null,
        MakePropertiesOptional = KnownOptions.MakePropertiesOptional.Read(sent),
        DefaultImports = KnownOptions.PhpImports.Read(sent),
    };
}
