using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ZiggyCreatures.Caching.Fusion;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Issue, list and revoke a gateway's keys, its credential for the gateway operations. Whoever administers the gateway
/// (<see cref="GatewayScope.AdministeredBy"/>); a gateway the caller does not administer is 404.
/// </summary>
public sealed class GatewayKeyService(CccDbContext db, ICallerContext caller, Quotas quotas, IFusionCache cache, TimeProvider time)
{
    /// <summary>The key is in this answer only: just its SHA-256 digest and first characters are stored.</summary>
    public async Task<CreateGatewayKeyResponse> Post(CreateGatewayKey request, CancellationToken ct)
    {
        var gatewayId = await AdministeredGatewayAsync(request.GatewayGuid, ct);
        await quotas.EnsureRoomAsync(db.GatewayKeys.Where(k => k.GatewayId == gatewayId && k.RevokedOn == null),
            quotas.Settings.GatewayKeysPerGateway, "keys per gateway", nameof(request.GatewayGuid), ct);

        var key = SecretTokens.NewGatewayKey();
        var record = IssuedKeys.Describe(new GatewayKey { GatewayId = gatewayId }, key, request.Name, caller.UserId, time.GetUtcNow().UtcDateTime);
        db.GatewayKeys.Add(record);
        await db.SaveChangesAsync(ct);
        return new CreateGatewayKeyResponse { GatewayKeyGuid = record.Id, Key = key, Prefix = record.Prefix, CreatedOn = record.CreatedOn };
    }

    /// <summary>Every key of the gateway, revoked ones included, oldest first; never a key itself.</summary>
    public async Task<GetGatewayKeysResponse> Get(GetGatewayKeys request, CancellationToken ct)
    {
        var gatewayId = await AdministeredGatewayAsync(request.GatewayGuid, ct);
        var keys = await db.GatewayKeys.AsNoTracking()
            .Where(k => k.GatewayId == gatewayId)
            .Select(k => new GatewayKeySummary { GatewayKeyGuid = k.Id, Name = k.Name, Prefix = k.Prefix, CreatedOn = k.CreatedOn, RevokedOn = k.RevokedOn })
            .ToListAsync(ct);
        return new GetGatewayKeysResponse { Keys = [.. keys.OrderBy(k => k.CreatedOn).ThenBy(k => k.GatewayKeyGuid)] };
    }

    /// <summary>Revokes the key (again: nothing changes) and drops it from the credential cache on every host.</summary>
    public async Task<BaseResponse> Delete(RevokeGatewayKey request, CancellationToken ct)
    {
        var gatewayId = await AdministeredGatewayAsync(request.GatewayGuid, ct);
        await IssuedKeys.RevokeAsync(db, db.GatewayKeys.Where(k => k.GatewayId == gatewayId), request.GatewayKeyGuid,
            ("Gateway key not found.", nameof(request.GatewayKeyGuid)), CredentialCacheKeys.GatewayKey, cache, time.GetUtcNow().UtcDateTime, ct);
        return new BaseResponse();
    }

    private async Task<Guid> AdministeredGatewayAsync(Guid gatewayGuid, CancellationToken ct) =>
        await db.Gateways.AdministeredBy(db, caller).Where(g => g.Id == gatewayGuid).Select(g => (Guid?)g.Id).SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Gateway not found.", nameof(CreateGatewayKey.GatewayGuid));
}
