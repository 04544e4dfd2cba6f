using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Settings;

/// <summary>
/// Setting values: read from the most specific holder of a chain that has one (else the key's default), cached per key
/// and holder; written one holder at a time, each write evicting the key's resolved values everywhere.
/// </summary>
public sealed class SettingStore(CccDbContext db, SettingsCache cache, UniqueIndexGuard guard, ICallerContext caller, TimeProvider time)
{
    public async Task<string> ResolveAsync(SettingKeyInfo key, SettingChain chain, CancellationToken ct)
    {
        var target = chain.Target;
        var entryKey = $"{SettingCacheTags.Values(key.Name)}:{target.Level}:{target.OwnerId:N}";
        List<string> tags = [SettingCacheTags.ValuesFamily, SettingCacheTags.Values(key.Name)];
        foreach (var holder in chain.Holders) tags.AddRange([SettingCacheTags.HolderFamily(holder.Level), holder.Tag]);
        return await cache.GetOrSetAsync(entryKey, tags, token => LoadAsync(key, chain, token), ct);
    }

    private async Task<string> LoadAsync(SettingKeyInfo key, SettingChain chain, CancellationToken ct)
    {
        var holders = chain.Holders.Where(h => key.MayBeHeldAt(h.Level)).ToList();
        var owners = holders.Select(h => h.OwnerId).ToList();
        var held = await db.SettingValues.AsNoTracking()
            .Where(v => v.SettingKeyId == key.Id && owners.Contains(v.OwnerId))
            .Select(v => new { v.Level, v.OwnerId, v.Value })
            .ToListAsync(ct);
        foreach (var holder in holders)
            if (held.FirstOrDefault(v => v.Level == holder.Level && v.OwnerId == holder.OwnerId) is { } value)
                return value.Value;
        return key.DefaultValue;
    }

    /// <summary>Sets the holder's value (already serialized). Two admins setting it at once: the later write wins.</summary>
    public async Task WriteAsync(SettingKeyInfo key, SettingHolder holder, string value, CancellationToken ct)
    {
        try
        {
            await StageAsync(key, holder, value, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (guard.TryGetViolatedIndex(ex, out _))
        {
            // Another request created the row between our read and insert: the row is there now, so update it.
            db.ChangeTracker.Clear();
            await StageAsync(key, holder, value, ct);
            await guard.SaveChangesAsync(ct);
        }
        await cache.EvictAsync(SettingCacheTags.Values(key.Name), ct);
    }

    /// <summary>Sets several values of one holder in one transaction: all of them or none.</summary>
    public async Task WriteAllAsync(IReadOnlyList<(SettingKeyInfo Key, string Value)> values, SettingHolder holder, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var (key, value) in values) await StageAsync(key, holder, value, ct);
            await guard.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        foreach (var (key, _) in values) await cache.EvictAsync(SettingCacheTags.Values(key.Name), ct);
    }

    private async Task StageAsync(SettingKeyInfo key, SettingHolder holder, string value, CancellationToken ct)
    {
        var row = await db.SettingValues.SingleOrDefaultAsync(v => v.SettingKeyId == key.Id && v.Level == holder.Level && v.OwnerId == holder.OwnerId, ct);
        if (row is null)
        {
            row = new SettingValueRecord { Id = Guid.NewGuid(), SettingKeyId = key.Id, Level = holder.Level, OwnerId = holder.OwnerId };
            db.SettingValues.Add(row);
        }
        row.Value = value;
        row.UpdatedOn = time.GetUtcNow().UtcDateTime;
        row.UpdatedByUserId = SignedInCaller.UserId(caller);
    }
}
