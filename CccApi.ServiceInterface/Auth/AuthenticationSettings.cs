namespace CccApi.ServiceInterface.Auth;

/// <summary>Sign-in and credential settings, bound from the "Authentication" section.</summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary>
    /// How long a resolved API key or session is kept in memory: a revoked key or ended session keeps
    /// working on other hosts for at most this long. At most 30; 0 turns the cache off.
    /// </summary>
    public int CredentialCacheSeconds { get; set; } = 30;

    public int SessionHours { get; set; } = 12;

    /// <summary>The session's lifetime when signing in with rememberMe.</summary>
    public int RememberMeDays { get; set; } = 14;

    public TimeSpan CredentialCacheDuration => TimeSpan.FromSeconds(Math.Clamp(CredentialCacheSeconds, 0, 30));
}
