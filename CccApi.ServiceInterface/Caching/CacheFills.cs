using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Caching;

/// <summary>
/// Entry options for storing what was just read from the database. There is no shared (L2) cache, so a
/// fill must not be announced on the backplane: every other host would drop its own copy of the same
/// entry, reload it and announce that in turn, and no host would keep a warm entry. Changes (Set after a
/// write, Remove, RemoveByTag, Clear) keep FusionCache's default and are announced.
/// </summary>
public static class CacheFills
{
    /// <param name="cache">The cache the entry goes into.</param>
    /// <param name="duration">How long the entry is kept; null: the cache's default.</param>
    public static FusionCacheEntryOptions FillOptions(this IFusionCache cache, TimeSpan? duration = null) =>
        cache.CreateEntryOptions(options => options.SetSkipBackplaneNotifications(true), duration);
}
