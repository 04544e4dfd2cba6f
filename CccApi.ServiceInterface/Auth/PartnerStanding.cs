using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// A Disabled Partner shuts out every admin under it: its own admins, its resellers' admins and their
/// services' admins. Credential checks apply this filter in the same query that finds the admin, so the
/// partner's status is read on every check and re-enabling the partner restores access.
/// </summary>
public static class PartnerStanding
{
    public static IQueryable<AdminUser> NotUnderDisabledPartner(this IQueryable<AdminUser> users, CccDbContext db) =>
        users.Where(u => !(
            (u.Type == AdminUserType.Partner && db.Partners.Any(p => p.Id == u.ScopeId && p.Status == RecordStatus.Disabled))
            || (u.Type == AdminUserType.Reseller && db.Resellers.Any(r => r.Id == u.ScopeId && r.Partner.Status == RecordStatus.Disabled))
            || (u.Type == AdminUserType.Service && db.Services.Any(s => s.Id == u.ScopeId && s.Reseller.Partner.Status == RecordStatus.Disabled))));

    /// <summary>The admins a Partner's status governs: its own, its resellers' and their services'.</summary>
    public static IQueryable<AdminUser> UnderPartner(this IQueryable<AdminUser> users, CccDbContext db, Guid partnerId) =>
        users.Where(u =>
            (u.Type == AdminUserType.Partner && u.ScopeId == partnerId)
            || (u.Type == AdminUserType.Reseller && db.Resellers.Any(r => r.Id == u.ScopeId && r.PartnerId == partnerId))
            || (u.Type == AdminUserType.Service && db.Services.Any(s => s.Id == u.ScopeId && s.Reseller.PartnerId == partnerId)));
}
