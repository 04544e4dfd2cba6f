namespace CccApi.ServiceInterface.Caching;

/// <summary>The optional Redis that keeps several hosts' caches in step, bound from the "Redis" section.</summary>
public sealed class RedisSettings
{
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string ("127.0.0.1:6379", "redis.example.com:6380,ssl=true,password=...").
    /// Unset: each host's cache is its own, which is right for a single host.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// The prefix of the pub/sub channel the hosts share: hosts of one deployment use the same one, so
    /// another deployment (or test) on the same Redis does not evict their entries.
    /// </summary>
    public string ChannelPrefix { get; set; } = "CccApi";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
