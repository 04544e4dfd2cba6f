using System.Collections.Concurrent;
using CccApi.ServiceInterface.Caching;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Settings;

/// <summary>
/// Setting keys and resolved values in the service's cache, each entry under its tags (<see cref="SettingCacheTags"/>).
/// Evicting a tag goes to every host through the cache's backplane when Redis is configured. The entries this host
/// set are remembered, so that DeleteCache can say how many it removed here.
/// </summary>
public sealed class SettingsCache(IFusionCache cache, IOptions<SettingsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, KnownEntry> _known = new();

    public async ValueTask<T> GetOrSetAsync<T>(string key, IReadOnlyList<string> tags, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var duration = options.Value.CacheDuration;
        return await cache.GetOrSetAsync<T>(key, async (_, token) =>
        {
            var value = await load(token);
            _known[key] = new KnownEntry(tags, time.GetUtcNow() + duration);
            return value;
        }, options: cache.FillOptions(duration), tags: tags, token: ct);
    }

    /// <summary>Evicts every entry under the tag, on this host and (through the backplane) on the others.</summary>
    public async ValueTask EvictAsync(string tag, CancellationToken ct)
    {
        await cache.RemoveByTagAsync(tag, token: ct);
        Forget(entry => entry.Tags.Contains(tag));
    }

    /// <summary>
    /// DeleteCache: a pattern ending in '*' evicts every family it could touch (a cache may always forget more than
    /// asked); any other pattern evicts the one tag it names. Answers how many entries this host held that went.
    /// </summary>
    public async ValueTask<int> DeleteAsync(string pattern, CancellationToken ct)
    {
        IReadOnlyList<string> tags;
        if (pattern.EndsWith('*'))
        {
            var prefix = pattern[..^1];
            tags = SettingCacheTags.Families
                .Where(f => f.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || prefix.StartsWith(f, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
        else
        {
            tags = SettingCacheTags.Canonical(pattern) is { } tag ? [tag] : [];
        }
        if (tags.Count == 0) return 0;

        var now = time.GetUtcNow();
        var removed = _known.Count(e => e.Value.ExpiresAt > now && e.Value.Tags.Any(tags.Contains));
        foreach (var tag in tags) await cache.RemoveByTagAsync(tag, token: ct);
        Forget(entry => entry.Tags.Any(tags.Contains));
        return removed;
    }

    private void Forget(Func<KnownEntry, bool> matches)
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _known)
            if (matches(entry) || entry.ExpiresAt <= now)
                _known.TryRemove(new KeyValuePair<string, KnownEntry>(key, entry));
    }

    private sealed record KnownEntry(IReadOnlyList<string> Tags, DateTimeOffset ExpiresAt);
}
