namespace ServiceStackCompat.NativeTypes;

/// <summary>The options Dart honours, read once a request.</summary>
internal sealed record DartOptions
{
    public required IReadOnlyList<string> DefaultImports { get; init; }

    public static DartOptions Read(SentOptions sent) => new()
    {
        DefaultImports = KnownOptions.DartImports.Read(sent),
    };
}
