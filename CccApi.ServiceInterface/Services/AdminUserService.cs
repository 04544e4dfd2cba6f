using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using AdminUserDto = CccApi.ServiceModel.AdminUser;
using AdminUserEntity = CccApi.ServiceInterface.Data.Entities.AdminUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Partner and reseller level admin users, and any admin user's status. Who may call follows from
/// visibility (<see cref="CallerScope"/>): a partner, reseller or admin user the caller may not see is a
/// 404 naming its field.
/// </summary>
public sealed class AdminUserService(CccDbContext db, AdminAccounts accounts, UniqueIndexGuard guard, ICallerContext caller, Quotas quotas)
{
    public async Task<AdminUserResponse> Post(CreatePartnerAdminUser request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        await quotas.EnsureRoomAsync(db.AdminUsers.Where(u => u.Type == AdminUserType.Partner && u.ScopeId == partner.Id), quotas.Settings.AdminUsersPerTenant,
            "admin users per Partner", nameof(request.PartnerGuid), ct);
        return await CreateAsync(request.EmailAddress!, request.Password!, AdminUserType.Partner, partner.Id, ct);
    }

    public async Task<AdminUsersPagedResponse> Get(GetPartnerAdminUsers request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        return await ListAsync(AdminUserType.Partner, partner.Id, request, ct);
    }

    public async Task<AdminUserResponse> Post(CreateResellerAdminUser request, CancellationToken ct)
    {
        var reseller = await db.ResellerAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        await quotas.EnsureRoomAsync(db.AdminUsers.Where(u => u.Type == AdminUserType.Reseller && u.ScopeId == reseller.Id), quotas.Settings.AdminUsersPerTenant,
            "admin users per Reseller", nameof(request.ResellerGuid), ct);
        return await CreateAsync(request.EmailAddress!, request.Password!, AdminUserType.Reseller, reseller.Id, ct);
    }

    public async Task<AdminUsersPagedResponse> Get(GetResellerAdminUsers request, CancellationToken ct)
    {
        var reseller = await db.ResellerAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        return await ListAsync(AdminUserType.Reseller, reseller.Id, request, ct);
    }

    /// <summary>
    /// The signed-in user changes its own password: any other UserGuid is, for this operation, no user at all
    /// (404, whether it exists or not). A wrong old password is a 400 naming OldPassword. The user's other
    /// sessions end; its API keys stay.
    /// </summary>
    public async Task<BaseResponse> Put(ChangeAdminUserPassword request, CancellationToken ct)
    {
        if (caller.UserId != request.UserGuid)
            throw HttpError.NotFound("Admin user not found. Only the currently logged in user can change their password.", nameof(request.UserGuid));
        if (!await accounts.ChangePasswordAsync(request.UserGuid, request.OldPassword!, request.NewPassword!, caller.SessionId, ct))
            throw HttpError.BadRequest("InvalidPassword", "The old password is not correct.", nameof(request.OldPassword));
        return new BaseResponse();
    }

    /// <summary>An admin user may not disable itself: nobody might be left to enable it again.</summary>
    public async Task<AdminUserResponse> Put(UpdateAdminUser request, CancellationToken ct)
    {
        var user = await db.AdminUserAsync(caller, request.UserGuid, nameof(request.UserGuid), ct);
        if (request.Status == AdminUserStatusEnum.Disabled)
        {
            if (user.Id == caller.UserId)
                throw HttpError.BadRequest("NotEqual", "An admin user cannot disable itself.", nameof(request.UserGuid));
            if (user.Status != RecordStatus.Disabled)
                await accounts.DisableAsync(user, caller.UserId, ct);
        }
        else if (user.Status != RecordStatus.Active)
        {
            await accounts.EnableAsync(user, caller.UserId, ct);
        }
        return ToWire<AdminUserResponse>(user);
    }

    /// <summary>The pre-check gives the 409 in the common case; the unique index on Email decides a race.</summary>
    private async Task<AdminUserResponse> CreateAsync(string email, string password, AdminUserType type, Guid scopeId, CancellationToken ct)
    {
        var normalized = AdminAccounts.NormalizeEmail(email);
        if (await db.AdminUsers.AnyAsync(u => u.Email == normalized, ct))
            throw Conflicts.AdminUserEmailAddress();

        var user = accounts.AddUser(email, password, type, scopeId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (guard.TryGetViolatedIndex(ex, out var index))
        {
            throw Conflicts.IsIndexOn<AdminUserEntity>(index, nameof(AdminUserEntity.Email))
                ? Conflicts.AdminUserEmailAddress()
                : Conflicts.ForIndex(index);
        }

        return ToWire<AdminUserResponse>(user);
    }

    private async Task<AdminUsersPagedResponse> ListAsync(AdminUserType type, Guid scopeId, IPagedTextRequest request, CancellationToken ct)
    {
        var users = db.AdminUsers.AsNoTracking()
            .Where(u => u.Type == type && u.ScopeId == scopeId)
            .OrderBy(u => u.CreatedOn).ThenBy(u => u.Id);
        var page = await users.ToPageAsync(request, new EntityPage(), ct);
        return new AdminUsersPagedResponse
        {
            PageSize = page.PageSize,
            TotalPages = page.TotalPages,
            TotalItems = page.TotalItems,
            CurrentPage = page.CurrentPage,
            Results = [.. page.Results.Select(ToWire<AdminUserDto>)],
        };
    }

    /// <summary>Roles carry the user's type, as the sign-in response does; no per-user permissions exist.</summary>
    private static T ToWire<T>(AdminUserEntity user) where T : AdminUserDto, new() => new()
    {
        UserGuid = user.Id,
        EmailAddress = user.Email,
        UserTypeGuid = user.ScopeId ?? Guid.Empty,
        CreatedOn = user.CreatedOn,
        UserType = Enum.Parse<AdminUserEnum>(user.Type.ToString()),
        Status = user.Status == RecordStatus.Disabled ? AdminUserStatusEnum.Disabled : AdminUserStatusEnum.Active,
        Permissions = [],
        Roles = [user.Type.ToString()],
    };

    /// <summary>A page of stored users, mapped to the wire type once the page is read.</summary>
    private sealed class EntityPage : IPagedResponse<AdminUserEntity>
    {
        public int PageSize { get; set; }

        public int TotalPages { get; set; }

        public int TotalItems { get; set; }

        public int CurrentPage { get; set; }

        public List<AdminUserEntity> Results { get; set; } = [];
    }
}
