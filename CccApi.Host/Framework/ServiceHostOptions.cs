namespace CccApi.Host.Framework;

/// <summary>The ServiceStack-compatible host's settings, bound from the "ServiceHost" section.</summary>
public sealed class ServiceHostOptions
{
    public const string SectionName = "ServiceHost";

    /// <summary>Shown as the title of the metadata pages.</summary>
    public string ServiceName { get; set; } = "API";

    public string Version { get; set; } = "1.0.0.0";

    /// <summary>Where the API is mounted: every route is served below it.</summary>
    public string BasePath { get; set; } = "/api";

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Names of further assemblies to scan for DTOs, services and validators.</summary>
    public string[] AdditionalAssemblies { get; set; } = [];
}
