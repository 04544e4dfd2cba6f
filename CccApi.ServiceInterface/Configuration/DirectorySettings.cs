namespace CccApi.ServiceInterface.Configuration;

/// <summary>What this directory (the CCC API) says about itself; read from the section the host's metadata pages use.</summary>
public sealed class DirectorySettings
{
    public const string SectionName = "ServiceHost";

    /// <summary>The CCC version PingCollection reports as DirectoryVersion.</summary>
    public string? Version { get; set; }
}
