namespace ServiceStackCompat.NativeTypes;

/// <summary>The options every language honours: which types it declares, whether descriptions become comments, and the members it adds.</summary>
public sealed record SharedOptions
{
    public required IReadOnlyList<string> IncludeTypes { get; init; }

    public required IReadOnlyList<string> ExcludeTypes { get; init; }

    public required bool AddDescriptionAsComments { get; init; }

    /// <summary>Give response DTOs that lack one a ResponseStatus member.</summary>
    public required bool AddResponseStatus { get; init; }

    /// <summary>Give request DTOs that lack one a Version member with this value.</summary>
    public required int? AddImplicitVersion { get; init; }

    public static SharedOptions Read(SentOptions sent) => new()
    {
        IncludeTypes = KnownOptions.IncludeTypes.Read(sent),
        ExcludeTypes = KnownOptions.ExcludeTypes.Read(sent),
        AddDescriptionAsComments = KnownOptions.AddDescriptionAsComments.Read(sent),
        AddResponseStatus = KnownOptions.AddResponseStatus.Read(sent),
        AddImplicitVersion = KnownOptions.AddImplicitVersion.Read(sent),
    };
}
