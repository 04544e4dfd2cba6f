namespace CccApi.Host.Framework.RateLimiting;

/// <summary>Fixed-window limits on operation requests, bound from "ServiceHost:RateLimit".</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one credential (API key or session) may make per window.</summary>
    public int PermitLimitPerCredential { get; set; } = 600;

    /// <summary>Requests one client address may make per window, whatever credentials it sends.</summary>
    public int PermitLimitPerAddress { get; set; } = 1200;

    public int WindowSeconds { get; set; } = 60;
}
