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

    /// <summary>
    /// How many password hashes or checks may run at once (sign-in, new admin users and system users):
    /// each is tens of milliseconds of CPU, so beyond this the answer is 503 with Retry-After rather than
    /// every other request slowing down. 0 or less: the number of processors.
    /// </summary>
    public int MaxConcurrentPasswordChecks { get; set; }

    /// <summary>Sign-in attempts one client address may make per minute (then 429).</summary>
    public int SignInLimitPerAddress { get; set; } = 10;

    /// <summary>
    /// Failed sign-ins for one account from one address per <see cref="SignInFailureWindowMinutes"/> (then
    /// 429 for that account from that address only, so nobody can lock the owner out from elsewhere).
    /// </summary>
    public int SignInFailureLimitPerAccountAndAddress { get; set; } = 5;

    public int SignInFailureWindowMinutes { get; set; } = 15;

    public int PasswordCheckConcurrency => MaxConcurrentPasswordChecks > 0 ? MaxConcurrentPasswordChecks : Environment.ProcessorCount;

    public TimeSpan CredentialCacheDuration => TimeSpan.FromSeconds(Math.Clamp(CredentialCacheSeconds, 0, 30));
}
