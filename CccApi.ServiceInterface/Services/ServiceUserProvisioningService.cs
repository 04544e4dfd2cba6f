using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// ProvisionServiceUser: creates or updates the user an identity provider asserts. The user is found by SsoUid when
/// given, else by EmailAddress (and then takes the SsoUid). A new user has no password of its own (it signs in
/// through its identity provider) and is registered at once, so no activation message is sent. Aliases, when given,
/// replace the user's aliases; the group moves only when ServiceUserGroupGuid or ServiceUserGroupType is given.
/// </summary>
public sealed class ServiceUserProvisioningService(CccDbContext db, ICallerContext caller, UniqueIndexGuard guard, TimeProvider time)
{
    public async Task<ProvisionServiceUserResponse> Post(ProvisionServiceUser request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var email = EmailAddresses.Normalize(request.EmailAddress!);
        var aliases = request.Aliases?.Select(EmailAddresses.Normalize).Where(a => a != email).Distinct(StringComparer.Ordinal).ToList();
        var user = (request.SsoUid is { } ssoUid
                ? await db.ServiceUsers.SingleOrDefaultAsync(u => u.ServiceId == serviceId && u.SsoUid == ssoUid, ct)
                : null)
            ?? await db.ServiceUsers.SingleOrDefaultAsync(u => u.ServiceId == serviceId && u.Email == email, ct);
        if (user is not null && user.Email != email && user.IsSystemUser)
            throw HttpError.Conflict("The system user's EmailAddress is its admin's sign-in name and does not change.", nameof(request.EmailAddress));
        var groupGiven = request.ServiceUserGroupGuid is not null || !string.IsNullOrEmpty(request.ServiceUserGroupType);
        var group = user is null || groupGiven
            ? await ServiceUserGroupChoice.ResolveAsync(db, serviceId, request.ServiceUserGroupGuid, request.ServiceUserGroupType, ct)
            : null;
        if (aliases is { Count: > 0 } && await db.ServiceUsers.AnyAsync(u => u.ServiceId == serviceId && aliases.Contains(u.Email!) && (user == null || u.Id != user.Id), ct))
            throw HttpError.Conflict("An alias is the EmailAddress of another user of this Service.", nameof(request.Aliases));

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (user is null)
        {
            user = new ServiceUserEntity
            {
                Id = Guid.NewGuid(),
                ServiceId = serviceId,
                Email = email,
                SsoUid = request.SsoUid,
                RegisteredOn = now,
                ResetsPasswordOnFirstSignIn = request.ResetPasswordOnCreate == true,
                Language = request.Language ?? "en",
                CreatedOn = now,
            };
            ServiceUserRecords.SetNames(user, request.FirstName, request.LastName);
            ServiceUserRecords.AddNew(db, user, group!, caller.UserId);
        }
        else
        {
            user.Email = email;
            user.SsoUid = request.SsoUid ?? user.SsoUid;
            ServiceUserRecords.SetNames(user, request.FirstName, request.LastName);
            if (request.Language is { } language) user.Language = language;
            if (group is not null && group.Id != user.GroupId)
            {
                await ServiceUserRecords.ChangeGroupPeriodAsync(db, user, group, now, ct);
                user.GroupId = group.Id;
            }
            if (aliases is not null)
                await db.ServiceUserAliases.Where(a => a.ServiceUserId == user.Id).ExecuteDeleteAsync(ct);
        }
        if (aliases is not null)
            db.ServiceUserAliases.AddRange(aliases.Select(alias => new ServiceUserAlias { Id = Guid.NewGuid(), ServiceUserId = user.Id, ServiceId = serviceId, Alias = alias }));
        await guard.SaveChangesAsync(ct);
        await ServiceUserCounts.RecordAsync(db, serviceId, now, ct);
        await transaction.CommitAsync(ct);
        return new ProvisionServiceUserResponse { ServiceUserGuid = user.Id };
    }
}
