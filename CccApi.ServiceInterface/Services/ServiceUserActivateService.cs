using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.PublicOperations;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// ActivateServiceUser (ours): uses an activation token once. Ending the token is one conditional UPDATE (still open,
/// not expired), so of two requests with one token exactly one activates; the user's RegisteredOn is set in the same
/// transaction. Every refusal is the same 400, so the answer tells nothing about which tokens or users exist.
/// </summary>
public sealed class ServiceUserActivateService(CccDbContext db, ICallerContext caller, PublicOperationThrottle throttle, TimeProvider time)
{
    public async Task<BaseResponse> Post(ActivateServiceUser request, CancellationToken ct)
    {
        throttle.Admit(nameof(ActivateServiceUser), caller.Address);
        var digest = SecretTokens.Digest(request.Token!);
        var now = time.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var open = db.ServiceUserActivationTokens.Where(t => t.Digest == digest && t.EndedOn == null && t.ExpiresOn > now
            && db.ServiceUsers.Any(u => u.Id == t.ServiceUserId && u.Status == RecordStatus.Active && u.RegisteredOn == null));
        var userId = await open.Select(t => (Guid?)t.ServiceUserId).SingleOrDefaultAsync(ct) ?? throw Refused();
        if (await open.ExecuteUpdateAsync(set => set.SetProperty(t => t.EndedOn, now), ct) == 0)
            throw Refused();
        await db.ServiceUsers.Where(u => u.Id == userId && u.RegisteredOn == null)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.RegisteredOn, now), ct);
        var serviceId = await db.ServiceUsers.Where(u => u.Id == userId).Select(u => u.ServiceId).SingleAsync(ct);
        await ServiceUserCounts.RecordAsync(db, serviceId, now, ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    private static HttpError Refused() =>
        HttpError.BadRequest("InvalidToken", "The activation token is not valid: it was used, replaced or has expired.", nameof(ActivateServiceUser.Token));
}
