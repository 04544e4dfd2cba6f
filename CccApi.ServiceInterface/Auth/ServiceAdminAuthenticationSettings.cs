namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// AuthenticateServiceAdminUser's exchange with a collection's messaging platform, bound from the
/// "ServiceAdminAuthentication" section (see <see cref="MsgApiSessions"/> for the contract).
/// </summary>
public sealed class ServiceAdminAuthenticationSettings
{
    public const string SectionName = "ServiceAdminAuthentication";

    /// <summary>
    /// The whole exchange with the platform (connect, send, read the answer) in seconds, fractions allowed; past it the
    /// answer is 503. 0.1 to 60.
    /// </summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Whether the platform may be at a loopback, private (10/8, 172.16/12, 192.168/16, 100.64/10) or unique-local
    /// (fc00::/7) address. Off by default, so that a collection's URL cannot make this host call into its own network;
    /// link-local (169.254/16, fe80::/10, the cloud metadata service among them), multicast and unspecified addresses
    /// are refused even when it is on.
    /// </summary>
    public bool AllowPrivateNetworkTargets { get; set; }

    /// <summary>A RememberMe session's lifetime: the page's 7 days (a sign-in with a password keeps Authentication:RememberMeDays).</summary>
    public int RememberMeDays { get; set; } = 7;

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Clamp(TimeoutSeconds, 0.1, 60));
}
