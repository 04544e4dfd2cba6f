using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Email;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A service's users (CreateServiceUser, UpdateServiceUser, GetServiceUser, UpdateServiceUserServiceUserGroup). A caller
/// reaches the users of the services it sees: a SuperUser all, Partner and Reseller admins those of their services, a
/// Service admin its own service's. An email address names one user per service (the unique index decides races).
/// </summary>
public sealed class ServiceUserService(
    CccDbContext db, ICallerContext caller, UniqueIndexGuard guard, IPasswordHasher<ServiceUserEntity> hasher, ActivationMessages activation,
    TimeProvider time)
{
    /// <summary>
    /// Creates the user in the group the pair names. PreRegister true: the user is registered at once; otherwise an
    /// activation message with a single-use token is queued in the same transaction.
    /// </summary>
    public async Task<ServiceUserResponse> Post(CreateServiceUser request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var email = EmailAddresses.Normalize(request.EmailAddress!);
        if (await db.ServiceUsers.AnyAsync(u => u.ServiceId == serviceId && u.Email == email, ct))
            throw Conflicts.ServiceUserEmailAddress();
        var group = await ServiceUserGroupChoice.ResolveAsync(db, serviceId, request.ServiceUserGroupGuid, request.ServiceUserGroupType, ct);
        var preRegister = request.PreRegister == true;
        var sender = preRegister ? null : await activation.SenderAsync(serviceId, ct);

        var now = time.GetUtcNow().UtcDateTime;
        var user = new ServiceUserEntity
        {
            Id = Guid.NewGuid(),
            ServiceId = serviceId,
            Email = email,
            RegisteredOn = preRegister ? now : null,
            CompletesRegistrationPage = request.SkipRegConfirmation != true,
            Language = request.Language ?? "en",
            EnableCampaigns = request.EnableCampaigns ?? false,
            EnableESignatures = request.EnableESignatures ?? false,
            EnableMfa = request.EnableMfa ?? false,
            DefaultSecure = request.DefaultSecure ?? ServiceUserDefaultSecure.Never,
            BlacklistMode = request.BlacklistMode ?? ServiceUserBlacklistMode.Never,
            CreatedOn = now,
        };
        ServiceUserRecords.SetNames(user, request.FirstName, request.LastName);
        // Hashing is tens of milliseconds of CPU: done before the transaction opens.
        user.PasswordHash = hasher.HashPassword(user, request.Password!);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        ServiceUserRecords.AddNew(db, user, group, caller.UserId);
        if (sender is not null) activation.Queue(user, sender, now);
        await guard.SaveChangesAsync(ct);
        await ServiceUserCounts.RecordAsync(db, user.ServiceId, now, ct);
        await transaction.CommitAsync(ct);
        return (await ReadAsync<ServiceUserResponse>(db.ServiceUsers.Where(u => u.Id == user.Id), ct))!;
    }

    /// <summary>Changes only the fields the request carries.</summary>
    public async Task<BaseResponse> Put(UpdateServiceUser request, CancellationToken ct)
    {
        await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var user = await db.ServiceUsers.Named(request).SingleOrDefaultAsync(ct) ?? throw ServiceUserLookup.NotFound(request);
        ServiceUserRecords.SetNames(user, request.FirstName, request.LastName);
        if (request.Language is { } language) user.Language = language;
        if (request.EnableCampaigns is { } campaigns) user.EnableCampaigns = campaigns;
        if (request.EnableESignatures is { } eSignatures) user.EnableESignatures = eSignatures;
        if (request.EnableMfa is { } mfa) user.EnableMfa = mfa;
        if (request.DefaultSecure is { } defaultSecure) user.DefaultSecure = defaultSecure;
        if (request.BlacklistMode is { } blacklistMode) user.BlacklistMode = blacklistMode;
        await db.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    public async Task<ServiceUserResponse> Get(GetServiceUser request, CancellationToken ct)
    {
        await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        return await ReadAsync<ServiceUserResponse>(db.ServiceUsers.Named(request), ct) ?? throw ServiceUserLookup.NotFound(request);
    }

    /// <summary>
    /// Moves the user to the group the pair names, closing its current group period and opening the next in one
    /// transaction. Moving a user to the group it is in changes nothing.
    /// </summary>
    public async Task<BaseResponse> Put(UpdateServiceUserServiceUserGroup request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var user = await db.ServiceUsers.AsNoTracking().Named(serviceId, request.ServiceUserGuid, null).SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service user not found.", nameof(request.ServiceUserGuid));
        var group = await ServiceUserGroupChoice.ResolveAsync(db, serviceId, request.ServiceUserGroupGuid, request.ServiceUserGroupType, ct);
        if (user.GroupId == group.Id) return new BaseResponse();

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional on the group read: of two moves racing, one finds the user moved and retries nothing.
        var moved = await db.ServiceUsers.Where(u => u.Id == user.Id && u.GroupId == user.GroupId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.GroupId, group.Id), ct);
        if (moved == 0)
            throw HttpError.Conflict("The user's group was changed by another request; read it and try again.", nameof(request.ServiceUserGuid));
        await ServiceUserRecords.ChangeGroupPeriodAsync(db, user, group, now, ct);
        await db.SaveChangesAsync(ct);
        await ServiceUserCounts.RecordAsync(db, serviceId, now, ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    private async Task<T?> ReadAsync<T>(IQueryable<ServiceUserEntity> users, CancellationToken ct) where T : ServiceModel.ServiceUser, new() =>
        (await users.AsNoTracking().ToRows(db).SingleOrDefaultAsync(ct))?.ToWire<T>();
}
