using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>UpdateServiceStatus (ours): a service's status changes as <see cref="ServiceLifecycle"/> allows, recorded with the change.</summary>
public sealed class ServiceStatusService(CccDbContext db, ICallerContext caller, TimeProvider time)
{
    /// <summary>As UpdateCollection's DefaultTrialPeriod: a trial longer than ten years is a mistake.</summary>
    private const int MaxTrialDays = 3650;

    public async Task<UpdateServiceStatusResponse> Put(UpdateServiceStatus request, CancellationToken ct)
    {
        var to = ServiceLifecycle.Parse(request.Status) ?? throw new ArgumentException("A status the validator should have refused.", nameof(request));
        var service = await db.Services.VisibleTo(caller).Where(s => s.Id == request.ServiceGuid)
            .Select(s => new { s.Id, s.Status, s.ResellerId, s.Reseller.PartnerId, s.InitialTerm })
            .SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        if (!caller.IsSuperUser && caller.Type is not (AdminUserType.Partner or AdminUserType.Reseller))
            throw HttpError.Forbidden("A service's admins do not change its status.", nameof(request.Status));
        if (!ServiceLifecycle.Allows(service.Status, to))
            throw HttpError.Conflict(
                $"A {service.Status} service cannot become {to}; it may become {string.Join(", ", ServiceLifecycle.Next(service.Status))}.",
                nameof(request.Status));
        if (!caller.IsSuperUser && ServiceLifecycle.IsSuperUsersOnly(service.Status, to))
            throw HttpError.Forbidden($"Only a SuperUser changes a {service.Status} service to {to}.", nameof(request.Status));

        var now = time.GetUtcNow().UtcDateTime;
        var trialEndDate = TrialEndDate(request, to, now, service.InitialTerm);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional on the status just read: of two changes racing from the same status one wins, the other is told.
        var changed = await db.Services.Where(s => s.Id == service.Id && s.Status == service.Status)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, to)
                .SetProperty(s => s.TrialEndDate, s => trialEndDate ?? s.TrialEndDate), ct);
        if (changed == 0)
            throw HttpError.Conflict("The service's status changed meanwhile; read it again.", nameof(request.Status));
        var record = await ServiceStatusChanges.RecordAsync(db, new ServiceStatusMove(service.Id, service.ResellerId, service.PartnerId, service.Status, to),
            now, caller.UserId, Guid.NewGuid(), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        return new UpdateServiceStatusResponse { ServiceStatusChangeGuid = record.Id, Status = to, TrialEndDate = trialEndDate };
    }

    /// <summary>
    /// A trial (re)started by the change ends when the request says, else its initial term from now (so the
    /// trial expiry does not end it again at once); no other status takes a TrialEndDate.
    /// </summary>
    private static DateTime? TrialEndDate(UpdateServiceStatus request, ServiceStatus to, DateTime now, int? initialTerm)
    {
        if (to != ServiceStatus.TrialActive)
            return request.TrialEndDate is null
                ? null
                : throw HttpError.BadRequest("TrialEndDateNotAllowed", "TrialEndDate is only given with Status TrialActive.", nameof(request.TrialEndDate));
        var end = request.TrialEndDate is { } given ? UtcDateTimeConverter.ToUtc(given) : now.AddDays(initialTerm ?? ServiceProvisioner.TrialDays);
        if (end <= now || end > now.AddDays(MaxTrialDays))
            throw HttpError.BadRequest("InvalidTrialEndDate", $"TrialEndDate must be in the future and at most {MaxTrialDays} days away.", nameof(request.TrialEndDate));
        return end;
    }
}
