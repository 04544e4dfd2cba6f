namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "Validation" section: what the input rules may be relaxed to on a developer's machine.</summary>
public sealed class ValidationSettings
{
    public const string SectionName = "Validation";

    /// <summary>Accept http:// URLs (site endpoints, services API base URLs) when they point at this machine (loopback). Off by default.</summary>
    public bool AllowHttpToLoopback { get; set; }
}
