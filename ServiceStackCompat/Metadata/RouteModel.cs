namespace ServiceStackCompat.Metadata;

/// <summary>One declared route of an operation: a path template and the verbs it answers.</summary>
public sealed class RouteModel(OperationModel operation, string path, IReadOnlyList<string>? verbs, string? summary, string? notes)
{
    public OperationModel Operation { get; } = operation;

    /// <summary>The path as declared, relative to the mount point (e.g. "/services/{ServiceGuid}/skus").</summary>
    public string Path { get; } = path;

    /// <summary>Upper-case verbs; null when the route answers every verb.</summary>
    public IReadOnlyList<string>? Verbs { get; } = verbs;

    public string? Summary { get; } = summary;

    public string? Notes { get; } = notes;
}
