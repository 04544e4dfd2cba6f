using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// SearchServiceStatusChanges: the recorded changes of the services the caller sees, oldest first. The filters
/// narrow together (AND); the dates include their bounds; ChangedByUserEmail matches an admin user's address
/// exactly, in its normal form. All of it is one query on the history's indexes.
/// </summary>
public sealed class ServiceStatusChangesService(CccDbContext db, ICallerContext caller)
{
    public Task<ServiceStatusChangesResponse> Get(SearchServiceStatusChanges request, CancellationToken ct)
    {
        var changes = db.ServiceStatusChanges.VisibleTo(caller);
        if (request.ServiceGuid is { } serviceId)
            changes = changes.Where(c => c.ServiceId == serviceId);
        if (request.ResellerGuid is { } resellerId)
            changes = changes.Where(c => c.ResellerId == resellerId);
        if (request.PartnerGuid is { } partnerId)
            changes = changes.Where(c => c.PartnerId == partnerId);
        if (request.ChangedByUserGuid is { } userId)
            changes = changes.Where(c => c.ChangedByUserId == userId);
        if (!string.IsNullOrWhiteSpace(request.ChangedByUserEmail))
        {
            var email = AdminAccounts.NormalizeEmail(request.ChangedByUserEmail);
            var users = db.AdminUsers.Where(u => u.Email == email).Select(u => (Guid?)u.Id);
            changes = changes.Where(c => users.Contains(c.ChangedByUserId));
        }
        if (request.ChangedAfterDateTime is { } after)
            changes = changes.Where(c => c.ChangedOn >= after);
        if (request.ChangedBeforeDateTime is { } before)
            changes = changes.Where(c => c.ChangedOn <= before);

        // The page is taken from the history alone (its index gives the order), and only its rows meet their services.
        return changes.OrderBy(c => c.ChangedOn).ThenBy(c => c.Id).ToPageAsync(request, new ServiceStatusChangesResponse(), page => page
            .Join(db.Services, c => c.ServiceId, s => s.Id, (c, s) => new { c, s })
            .OrderBy(x => x.c.ChangedOn).ThenBy(x => x.c.Id)
            .Select(x => new ServiceStatusChange
            {
                ServiceGuid = x.s.Id,
                ServiceName = x.s.ServiceName,
                ServiceCode = x.s.ServiceCode,
                PrimaryDomain = x.s.PrimaryDomain,
                CreatedOn = x.s.CreatedOn,
                ResellerGuid = x.c.ResellerId,
                ResellerName = x.s.Reseller.Name,
                PartnerGuid = x.c.PartnerId,
                PartnerName = x.s.Reseller.Partner.Name,
                OperationGuid = x.c.OperationId,
                ServiceStatusChangeGuid = x.c.Id,
                Status = x.c.ToStatus,
                ChangedOn = x.c.ChangedOn,
                ChangedByUserGuid = x.c.ChangedByUserId,
                ChangedByUserEmailAddress = db.AdminUsers.Where(u => u.Id == x.c.ChangedByUserId).Select(u => u.Email).FirstOrDefault(),
            }), ct);
    }
}
