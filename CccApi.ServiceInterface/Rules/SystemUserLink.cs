using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Usage;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Keeps a service's system user and its Service admin (ServiceUsers.AdminUserId) one account: a password changed on
/// either side is written to both, and disabling or enabling the admin disables or enables the user, each in the
/// transaction of the change. Their email addresses are written once, by CreateService, and no operation changes
/// either, so they cannot drift. Every method runs inside the caller's transaction.
/// </summary>
public static class SystemUserLink
{
    /// <summary>The service user changed its password: its admin (if it has one) gets the same hash.</summary>
    public static Task CopyPasswordToAdminAsync(CccDbContext db, Guid serviceUserId, string passwordHash, CancellationToken ct) =>
        db.AdminUsers.Where(a => db.ServiceUsers.Any(u => u.Id == serviceUserId && u.AdminUserId == a.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.PasswordHash, passwordHash), ct);

    /// <summary>The admin changed its password: its system user (if it has one) gets the same hash.</summary>
    public static Task CopyPasswordToServiceUserAsync(CccDbContext db, Guid adminUserId, string passwordHash, CancellationToken ct) =>
        db.ServiceUsers.Where(u => u.AdminUserId == adminUserId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, passwordHash), ct);

    /// <summary>The admin was disabled or enabled: so is its system user, with the change in the user's history.</summary>
    public static async Task CopyStatusToServiceUserAsync(CccDbContext db, Guid adminUserId, RecordStatus status, DateTime now, Guid? changedBy, CancellationToken ct)
    {
        var user = await db.ServiceUsers.AsNoTracking().Where(u => u.AdminUserId == adminUserId && u.Status != status)
            .Select(u => new ServiceUser { Id = u.Id, ServiceId = u.ServiceId, Status = u.Status }).SingleOrDefaultAsync(ct);
        if (user is null) return;
        var changed = await db.ServiceUsers.Where(u => u.Id == user.Id && u.Status == user.Status)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, status), ct);
        if (changed == 0) return;
        db.ServiceUserStatusChanges.Add(ServiceUserRecords.StatusChange(user, user.Status, status, now, changedBy));
        await db.SaveChangesAsync(ct);
        await ServiceUserCounts.RecordAsync(db, user.ServiceId, now, ct);
    }
}
