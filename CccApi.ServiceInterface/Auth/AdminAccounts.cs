using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Auth;

/// <summary>Creates admin users and issues, revokes and ends their API keys and sessions.</summary>
public sealed class AdminAccounts(
    CccDbContext db, IPasswordHasher<AdminUser> hasher, IMemoryCache cache, IOptions<AuthenticationSettings> settings, TimeProvider time)
{
    /// <summary>A hash no password matches, verified when the email is unknown.</summary>
    private static readonly Lazy<string> NoUserHash = new(() => new PasswordHasher<AdminUser>().HashPassword(new AdminUser(), SecretTokens.NewSessionId()));

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

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
    /// The admin user with this email and password, or null. An unknown email costs the same hashing
    /// as a wrong password, so the answer's timing does not tell which users exist.
    /// </summary>
    public async Task<AdminUser?> FindByCredentialsAsync(string email, string password, CancellationToken ct)
    {
        var user = await FindByEmailAsync(email, ct);
        if (user?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(user ?? new AdminUser(), NoUserHash.Value, password);
            return null;
        }
        var verified = hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
        // Checked after hashing, so a disabled user's answer takes as long as anyone else's.
        return verified && user.Status == RecordStatus.Active ? user : null;
    }

    /// <summary>
    /// Disables the user, ends its open sessions and revokes its API keys in one save, then drops them
    /// from this host's credential cache; other hosts drop them within the cache bound.
    /// </summary>
    public async Task DisableAsync(AdminUser user, CancellationToken ct)
    {
        user.Status = RecordStatus.Disabled;
        var sessions = await db.AdminSessions.Where(s => s.AdminUserId == user.Id && s.EndedOn == null).ToListAsync(ct);
        var keys = await db.ApiKeys.Where(k => k.AdminUserId == user.Id && k.RevokedOn == null).ToListAsync(ct);
        foreach (var session in sessions) session.EndedOn = Now;
        foreach (var key in keys) key.RevokedOn = Now;
        await db.SaveChangesAsync(ct);
        foreach (var session in sessions) cache.Remove(CredentialCacheKeys.Session(session.Digest));
        foreach (var key in keys) cache.Remove(CredentialCacheKeys.ApiKey(key.Digest));
    }

    /// <returns>The stored record and the key itself, which exists nowhere else after this call.</returns>
    public async Task<(ApiKey Record, string Key)> IssueApiKeyAsync(Guid userId, string? name, DateTime? expiresOn, CancellationToken ct)
    {
        var key = SecretTokens.NewApiKey();
        return (await StoreApiKeyAsync(userId, key, name, expiresOn, ct), key);
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
        cache.Remove(CredentialCacheKeys.ApiKey(record.Digest));
    }

    /// <returns>The session id to hand the caller (only its digest is stored) and when the session ends.</returns>
    public async Task<StartedSession> StartSessionAsync(AdminUser user, bool rememberMe, CancellationToken ct)
    {
        var sessionId = SecretTokens.NewSessionId();
        var lifetime = rememberMe ? TimeSpan.FromDays(settings.Value.RememberMeDays) : TimeSpan.FromHours(settings.Value.SessionHours);
        db.AdminSessions.Add(new AdminSession
        {
            Id = Guid.NewGuid(),
            Digest = SecretTokens.Digest(sessionId),
            AdminUserId = user.Id,
            CreatedOn = Now,
            ExpiresOn = Now + lifetime,
        });
        await db.SaveChangesAsync(ct);
        return new StartedSession(sessionId, Now + lifetime);
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

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}

/// <summary>A new session's id, which exists nowhere else, and the end of its lifetime.</summary>
public sealed record StartedSession(string SessionId, DateTime ExpiresOn);
