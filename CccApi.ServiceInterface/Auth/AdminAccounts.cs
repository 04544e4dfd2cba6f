using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Auth;

/// <summary>Creates admin users and issues, revokes and ends their API keys and sessions.</summary>
public sealed class AdminAccounts(
    CccDbContext db, IPasswordHasher<AdminUser> hasher, IFusionCache cache, IOptions<AuthenticationSettings> settings, TimeProvider time)
{
    /// <summary>A hash no password matches, verified when the email is unknown.</summary>
    private static readonly Lazy<string> NoUserHash = new(() => new PasswordHasher<AdminUser>().HashPassword(new AdminUser(), SecretTokens.NewSessionId()));

    /// <summary>The stored form of an address (international domains in ASCII, lower-cased), under which it is unique.</summary>
    public static string NormalizeEmail(string email) => EmailAddresses.Normalize(email);

    public Task<AdminUser?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = NormalizeEmail(email);
        return db.AdminUsers.SingleOrDefaultAsync(u => u.Email == normalized, ct);
    }

    public async Task<AdminUser> CreateUserAsync(string email, string? password, AdminUserType type, Guid? scopeId, CancellationToken ct)
    {
        var user = AddUser(email, password, type, scopeId);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Adds the user, its password hashed, to the context; the caller saves, and handles a taken email.</summary>
    public AdminUser AddUser(string email, string? password, AdminUserType type, Guid? scopeId)
    {
        var user = new AdminUser
        {
            Id = Guid.NewGuid(),
            Email = NormalizeEmail(email),
            Type = type,
            ScopeId = type == AdminUserType.SuperUser ? null : scopeId,
            CreatedOn = Now,
        };
        if (password is not null) user.PasswordHash = hasher.HashPassword(user, password);
        db.AdminUsers.Add(user);
        return user;
    }

    /// <summary>
    /// The admin user with this email and password, or why there is none (for the log; the caller is told
    /// nothing more than that it failed). An unknown email costs the same hashing as a wrong password, so
    /// the answer's timing does not tell which users exist.
    /// </summary>
    public async Task<CredentialsCheck> FindByCredentialsAsync(string email, string password, CancellationToken ct)
    {
        var user = await FindByEmailAsync(email, ct);
        if (user?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(user ?? new AdminUser(), NoUserHash.Value, password);
            return new CredentialsCheck(null, user is null ? "unknown account" : "the account has no password");
        }
        if (hasher.VerifyHashedPassword(user, hash, password) == PasswordVerificationResult.Failed)
            return new CredentialsCheck(null, "wrong password");
        // Checked after hashing, so a disabled user's answer takes as long as anyone else's.
        if (user.Status != RecordStatus.Active) return new CredentialsCheck(null, "disabled account");
        return await db.AdminUsers.NotUnderDisabledPartner(db).AnyAsync(u => u.Id == user.Id, ct)
            ? new CredentialsCheck(user, null)
            : new CredentialsCheck(null, "disabled partner");
    }

    /// <summary>
    /// Disables the user, ends its open sessions and revokes its API keys in one transaction that first
    /// takes the user's row, then drops them from the credential cache: on every host at once with Redis
    /// configured, otherwise on other hosts within the cache bound. A credential issued at the same time either finished first (and is revoked
    /// here) or finds the user disabled (see <see cref="ForActiveUserAsync{T}"/>). The system user linked to it (if
    /// any) is disabled in the same transaction, recorded as changed by <paramref name="changedBy"/>.
    /// </summary>
    public async Task DisableAsync(AdminUser user, Guid? changedBy, CancellationToken ct)
    {
        var now = Now;
        List<string> sessionDigests, keyDigests;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.AdminUsers.Where(u => u.Id == user.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, RecordStatus.Disabled), ct);
            var sessions = db.AdminSessions.Where(s => s.AdminUserId == user.Id && s.EndedOn == null);
            var keys = db.ApiKeys.Where(k => k.AdminUserId == user.Id && k.RevokedOn == null);
            sessionDigests = await sessions.Select(s => s.Digest).ToListAsync(ct);
            keyDigests = await keys.Select(k => k.Digest).ToListAsync(ct);
            await sessions.ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedOn, now), ct);
            await keys.ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedOn, now), ct);
            await SystemUserLink.CopyStatusToServiceUserAsync(db, user.Id, RecordStatus.Disabled, now, changedBy, ct);
            await transaction.CommitAsync(ct);
        }
        // The tracked entity says what the row now holds, so a later save does not write it again.
        db.Entry(user).Property(u => u.Status).OriginalValue = user.Status = RecordStatus.Disabled;
        foreach (var digest in sessionDigests) await ForgetAsync(CredentialCacheKeys.Session(digest));
        foreach (var digest in keyDigests) await ForgetAsync(CredentialCacheKeys.ApiKey(digest));
    }

    /// <summary>
    /// Drops the live sessions and keys of every admin under the partner from the credential cache, so that a
    /// Disabled partner shuts them out at once (on other hosts too with Redis, otherwise within the cache bound). Nothing
    /// is revoked: the credential checks read the partner's status, so enabling it again restores access.
    /// </summary>
    public async Task ForgetCredentialsUnderPartnerAsync(Guid partnerId, CancellationToken ct)
    {
        var users = db.AdminUsers.UnderPartner(db, partnerId).Select(u => u.Id);
        var now = Now;
        var sessionDigests = await db.AdminSessions.Where(s => users.Contains(s.AdminUserId) && s.EndedOn == null && s.ExpiresOn > now)
            .Select(s => s.Digest).ToListAsync(ct);
        var keyDigests = await db.ApiKeys.Where(k => users.Contains(k.AdminUserId) && k.RevokedOn == null)
            .Select(k => k.Digest).ToListAsync(ct);
        foreach (var digest in sessionDigests) await ForgetAsync(CredentialCacheKeys.Session(digest));
        foreach (var digest in keyDigests) await ForgetAsync(CredentialCacheKeys.ApiKey(digest));
    }

    /// <summary>
    /// Replaces the user's password when <paramref name="oldPassword"/> is its current one, and ends its other
    /// sessions (all but <paramref name="keptSessionId"/>, the one the change came through). Both passwords are
    /// hashed before the transaction; the update applies only if the stored hash is still the one checked, so
    /// of two changes racing only one succeeds. False when the old password is wrong (or changed meanwhile).
    /// </summary>
    public async Task<bool> ChangePasswordAsync(Guid userId, string oldPassword, string newPassword, string? keptSessionId, CancellationToken ct)
    {
        var user = await db.AdminUsers.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        if (user.PasswordHash is not { } checkedHash
            || hasher.VerifyHashedPassword(user, checkedHash, oldPassword) == PasswordVerificationResult.Failed)
            return false;
        var newHash = hasher.HashPassword(user, newPassword);
        var keptDigest = keptSessionId is null ? null : SecretTokens.Digest(keptSessionId);

        var now = Now;
        List<string> endedDigests;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var changed = await db.AdminUsers.Where(u => u.Id == userId && u.PasswordHash == checkedHash)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, newHash), ct);
            if (changed == 0) return false;
            await SystemUserLink.CopyPasswordToServiceUserAsync(db, userId, newHash, ct);
            var others = db.AdminSessions.Where(s => s.AdminUserId == userId && s.EndedOn == null && s.Digest != keptDigest);
            endedDigests = await others.Select(s => s.Digest).ToListAsync(ct);
            await others.ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedOn, now), ct);
            await transaction.CommitAsync(ct);
        }
        foreach (var digest in endedDigests) await ForgetAsync(CredentialCacheKeys.Session(digest));
        return true;
    }

    /// <summary>Enables the user again, and its system user with it, in one transaction.</summary>
    public async Task EnableAsync(AdminUser user, Guid? changedBy, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.Status = RecordStatus.Active;
        await db.SaveChangesAsync(ct);
        await SystemUserLink.CopyStatusToServiceUserAsync(db, user.Id, RecordStatus.Active, Now, changedBy, ct);
        await transaction.CommitAsync(ct);
    }

    /// <returns>
    /// The stored record and the key itself, which exists nowhere else after this call; null when the
    /// user is not (or no longer) active.
    /// </returns>
    public async Task<(ApiKey Record, string Key)?> IssueApiKeyAsync(Guid userId, string? name, DateTime? expiresOn, CancellationToken ct)
    {
        var key = SecretTokens.NewApiKey();
        var record = await ForActiveUserAsync(userId, () => StoreApiKeyAsync(userId, key, name, expiresOn, ct), ct);
        return record is null ? null : (record, key);
    }

    /// <summary>Stores a key chosen elsewhere (the bootstrap settings) unless it is stored already.</summary>
    public async Task EnsureApiKeyAsync(Guid userId, string key, string name, CancellationToken ct)
    {
        var digest = SecretTokens.Digest(key);
        if (!await db.ApiKeys.AnyAsync(k => k.Digest == digest, ct))
            await StoreApiKeyAsync(userId, key, name, null, ct);
    }

    public async Task RevokeApiKeyAsync(ApiKey record, CancellationToken ct)
    {
        record.RevokedOn ??= Now;
        await db.SaveChangesAsync(ct);
        await ForgetAsync(CredentialCacheKeys.ApiKey(record.Digest));
    }

    /// <returns>
    /// The session id to hand the caller (only its digest is stored) and when the session ends; null when
    /// the user was disabled since its password was checked.
    /// </returns>
    public Task<StartedSession?> StartSessionAsync(AdminUser user, bool rememberMe, CancellationToken ct) =>
        StartSessionAsync(user, rememberMe ? TimeSpan.FromDays(settings.Value.RememberMeDays) : null, ct);

    /// <summary>As the other overload, remembered for <paramref name="rememberedFor"/>; null: Authentication:SessionHours.</summary>
    public async Task<StartedSession?> StartSessionAsync(AdminUser user, TimeSpan? rememberedFor, CancellationToken ct)
    {
        var sessionId = SecretTokens.NewSessionId();
        var lifetime = rememberedFor ?? TimeSpan.FromHours(settings.Value.SessionHours);
        var expiresOn = Now + lifetime;
        var stored = await ForActiveUserAsync(user.Id, async () =>
        {
            db.AdminSessions.Add(new AdminSession
            {
                Id = Guid.NewGuid(),
                Digest = SecretTokens.Digest(sessionId),
                AdminUserId = user.Id,
                CreatedOn = Now,
                ExpiresOn = expiresOn,
            });
            await db.SaveChangesAsync(ct);
            return sessionId;
        }, ct);
        return stored is null ? null : new StartedSession(sessionId, expiresOn);
    }

    /// <summary>
    /// Stores a credential in a transaction that first takes the user's row, and only while the user is
    /// active: a disable in flight holds that row until it has revoked everything, so the credential is
    /// either stored before it (and revoked by it) or not at all. Null when the user is not active.
    /// </summary>
    private async Task<T?> ForActiveUserAsync<T>(Guid userId, Func<Task<T>> store, CancellationToken ct) where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var active = await db.AdminUsers.Where(u => u.Id == userId && u.Status == RecordStatus.Active)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, RecordStatus.Active), ct);
        if (active == 0) return null;
        var stored = await store();
        await transaction.CommitAsync(ct);
        return stored;
    }

    private async Task<ApiKey> StoreApiKeyAsync(Guid userId, string key, string? name, DateTime? expiresOn, CancellationToken ct)
    {
        var record = new ApiKey
        {
            Id = Guid.NewGuid(),
            Digest = SecretTokens.Digest(key),
            Prefix = SecretTokens.PrefixOf(key),
            Name = name,
            AdminUserId = userId,
            CreatedOn = Now,
            ExpiresOn = expiresOn,
        };
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    /// <summary>
    /// Drops a credential from this host's cache and, through the backplane when Redis is configured, from
    /// every other host's. Not cancelled with the request: the database change it follows is already made.
    /// </summary>
    private ValueTask ForgetAsync(string key) => cache.RemoveAsync(key, token: CancellationToken.None);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

/// <summary>The user whose password matched, or the reason none did.</summary>
public readonly record struct CredentialsCheck(AdminUser? User, string? Failure);

/// <summary>A new session's id, which exists nowhere else, and the end of its lifetime.</summary>
public sealed record StartedSession(string SessionId, DateTime ExpiresOn);
