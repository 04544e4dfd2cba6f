namespace ServiceStackCompat.RateLimiting;

/// <summary>Fixed-window limits on operation requests, bound from "ServiceHost:RateLimit".</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Requests one authenticated caller may make per window, whichever of its API keys or sessions it
    /// uses (so that minting more keys buys no more requests).
    /// </summary>
    public int PermitLimitPerCaller { get; set; } = 600;

    /// <summary>Requests one client address may make per window, whatever credentials it sends.</summary>
    public int PermitLimitPerAddress { get; set; } = 1200;

    public int WindowSeconds { get; set; } = 60;
}
