namespace ServiceStackCompat;

/// <summary>The ServiceStack-compatible host's settings, bound from the "ServiceHost" section.</summary>
public sealed class ServiceHostOptions
{
    public const string SectionName = "ServiceHost";

    /// <summary>Shown as the title of the metadata pages.</summary>
    public string ServiceName { get; set; } = "API";

    public string Version { get; set; } = "1.0.0.0";

    /// <summary>Where the API is mounted: every route is served below it.</summary>
    public string BasePath { get; set; } = "/api";

    /// <summary>Every operation needs a valid credential except those marked <c>[AllowAnonymous]</c>.</summary>
    public bool RequireAuthentication { get; set; }

    /// <summary>Accept an API key as the <c>apikey</c> query parameter (for script tags, which cannot send headers).</summary>
    public bool AllowApiKeysInHttpParams { get; set; }

    /// <summary>Whether <c>?callback=</c> is answered as JSONP, and whether a session cookie may authenticate it.</summary>
    public Formats.JsonpPolicy Jsonp { get; set; } = Formats.JsonpPolicy.AnonymousAndApiKeyOnly;

    /// <summary>Per-address and per-caller request limits (429 beyond them).</summary>
    public RateLimiting.RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// ServiceStack's DebugMode: error answers carry the stack trace (and an unexpected exception its own
    /// message). Off unless set, in every environment, since a stack trace names source paths and internals.
    /// </summary>
    public bool DebugMode { get; set; }

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.
    /// Empty by default: then, and from any other address, the headers are ignored.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, such as 10.0.0.0/8) of such proxies.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>The largest request body read, unless the operation says otherwise (<see cref="RequestBodyLimitAttribute"/>): 413 beyond it.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Roles whose holders are confined to the operations made for them: a caller holding one of these roles may
    /// call only the operations whose <c>[RequiredRole]</c> names a confined role it holds, and any other operation
    /// answers <c>403 Invalid Role</c> before the request is bound, as a missing role does. For credentials issued to
    /// a machine for one task (a usage-reporting key), so that no operation added later is open to them by default.
    /// Operations marked <c>[AllowAnonymous]</c> stay callable: anyone may call them without the credential, so
    /// refusing them to its holder would protect nothing. Roles compare as <see cref="System.Security.Claims.ClaimsPrincipal.IsInRole"/>
    /// and <c>[RequiredRole]</c> do (exact text). Empty by default.
    /// </summary>
    public string[] ConfinedRoles { get; set; } = [];

    /// <summary>Names of further assemblies to scan for DTOs, services and validators.</summary>
    public string[] AdditionalAssemblies { get; set; } = [];
}
