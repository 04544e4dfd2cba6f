using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// ChangeServiceUserPassword. Both passwords are hashed before the transaction; the update applies only while the
/// stored hash is the one checked, so of two changes racing one succeeds. The system user's Service admin gets the
/// same hash in the same transaction (<see cref="SystemUserLink"/>).
/// </summary>
public sealed class ServiceUserPasswordService(CccDbContext db, ICallerContext caller, IPasswordHasher<ServiceUserEntity> hasher)
{
    public async Task<BaseResponse> Put(ChangeServiceUserPassword request, CancellationToken ct)
    {
        await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var user = await db.ServiceUsers.AsNoTracking().Named(request).SingleOrDefaultAsync(ct) ?? throw ServiceUserLookup.NotFound(request);
        if (user.PasswordHash is not { } checkedHash
            || hasher.VerifyHashedPassword(user, checkedHash, request.OldPassword!) == PasswordVerificationResult.Failed)
            throw WrongOldPassword();
        var newHash = hasher.HashPassword(user, request.NewPassword!);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.ServiceUsers.Where(u => u.Id == user.Id && u.PasswordHash == checkedHash)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, newHash), ct);
        if (changed == 0) throw WrongOldPassword();
        await SystemUserLink.CopyPasswordToAdminAsync(db, user.Id, newHash, ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>Also the answer for a user without a password (signing in through its identity provider) and for a lost race.</summary>
    private static HttpError WrongOldPassword() =>
        HttpError.BadRequest("InvalidPassword", "OldPassword is not the user's current password.", nameof(ChangeServiceUserPassword.OldPassword));
}
