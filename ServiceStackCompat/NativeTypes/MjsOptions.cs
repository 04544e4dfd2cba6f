namespace ServiceStackCompat.NativeTypes;

/// <summary>The options the ES-module JavaScript DTOs (/types/mjs) honour beyond the shared ones, read once a request.</summary>
internal sealed record MjsOptions
{
    /// <summary>Declare ServiceStack's own types (ResponseStatus, ResponseError) too.</summary>
    public required bool AddServiceStackTypes { get; init; }

    /// <summary>JSDoc type annotations, which editors read to type-check plain JavaScript.</summary>
    public required bool AddDocAnnotations { get; init; }

    public required bool InitializeCollections { get; init; }

    public static MjsOptions Read(SentOptions sent) => new()
    {
        AddServiceStackTypes = KnownOptions.AddServiceStackTypes.Read(sent),
        AddDocAnnotations = KnownOptions.AddDocAnnotations.Read(sent),
        InitializeCollections = KnownOptions.InitializeCollections.Read(sent),
    };
}
