using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>Create, list and revoke API keys: the caller's own, or anyone's for a SuperUser.</summary>
public sealed class ApiKeyService(CccDbContext db, AdminAccounts accounts, ICallerContext caller, TimeProvider time, Quotas quotas)
{
    public async Task<CreateApiKeyResponse> Post(CreateApiKey request, CancellationToken ct)
    {
        var owner = SignedInCaller.ActingFor(caller, request.AdminUserGuid, nameof(request.AdminUserGuid));
        if (request.ExpiresOn is { } expiresOn && expiresOn.ToUniversalTime() <= time.GetUtcNow().UtcDateTime)
            throw HttpError.BadRequest("GreaterThan", "'Expires On' must be in the future.", nameof(request.ExpiresOn));
        if (!await db.AdminUsers.AnyAsync(u => u.Id == owner, ct))
            throw HttpError.NotFound("Admin user not found.", nameof(request.AdminUserGuid));
        var now = time.GetUtcNow().UtcDateTime;
        await quotas.EnsureRoomAsync(db.ApiKeys.Where(k => k.AdminUserId == owner && k.RevokedOn == null && (k.ExpiresOn == null || k.ExpiresOn > now)),
            quotas.Settings.ApiKeysPerAdminUser, "API keys per admin user", nameof(request.AdminUserGuid), ct);

        // A disabled user gets no new key: re-enabling it must not bring one to life.
        var (record, key) = await accounts.IssueApiKeyAsync(owner, request.Name, request.ExpiresOn?.ToUniversalTime(), ct)
            ?? throw (owner == caller.UserId
                ? new HttpError(401, "Unauthorized", "Not Authenticated")
                : HttpError.BadRequest("Disabled", "The admin user is disabled.", nameof(request.AdminUserGuid)));
        return new CreateApiKeyResponse { ApiKeyGuid = record.Id, Key = key, Prefix = record.Prefix, ExpiresOn = record.ExpiresOn };
    }

    public async Task<GetApiKeysResponse> Get(GetApiKeys request, CancellationToken ct)
    {
        var owner = SignedInCaller.ActingFor(caller, request.AdminUserGuid, nameof(request.AdminUserGuid));
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.AdminUserId == owner)
            .Select(k => new ApiKeySummary
            {
                ApiKeyGuid = k.Id,
                AdminUserGuid = k.AdminUserId,
                Name = k.Name,
                Prefix = k.Prefix,
                CreatedDate = k.CreatedOn,
                ExpiresOn = k.ExpiresOn,
                RevokedDate = k.RevokedOn,
            })
            .ToListAsync(ct);
        return new GetApiKeysResponse { ApiKeys = [.. keys.OrderBy(k => k.CreatedDate)] };
    }

    /// <summary>A key of someone else is, to a caller who is not a SuperUser, a key that does not exist.</summary>
    public async Task<BaseResponse> Delete(RevokeApiKey request, CancellationToken ct)
    {
        var self = SignedInCaller.UserId(caller);
        var record = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == request.ApiKeyGuid && (caller.IsSuperUser || k.AdminUserId == self), ct)
            ?? throw HttpError.NotFound("API key not found.", nameof(request.ApiKeyGuid));
        await accounts.RevokeApiKeyAsync(record, ct);
        return new BaseResponse();
    }
}
