namespace ServiceStackCompat.NativeTypes;

/// <summary>The options Swift honours, read once a request.</summary>
internal sealed record SwiftOptions
{
    public required IReadOnlyList<string> DefaultImports { get; init; }

    public required bool InitializeCollections { get; init; }

    public static SwiftOptions Read(SentOptions sent) => new()
    {
        DefaultImports = KnownOptions.SwiftImports.Read(sent),
        InitializeCollections = KnownOptions.InitializeCollections.Read(sent),
    };
}
