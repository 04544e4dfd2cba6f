namespace ServiceStackCompat;

/// <summary>Declares a REST path (relative to the host's mount point) and the verbs a request DTO answers on.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RouteAttribute(string path, string? verbs = null) : Attribute
{
    public string Path { get; } = path;

    /// <summary>Comma-separated verbs; null answers every verb.</summary>
    public string? Verbs { get; } = verbs;

    public string? Summary { get; set; }

    public string? Notes { get; set; }
}
