using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A service's domains (AddRemoveServiceDomain, UpdateServiceDomain). A domain belongs to one service in the whole
/// system (the unique index on ServiceDomains.Domain decides races); the service's primary domain is the name kept in
/// Services.PrimaryDomain, changed in the same transaction as the domains.
/// </summary>
public sealed class ServiceDomainService(CccDbContext db, ICallerContext caller, UniqueIndexGuard guard, Quotas quotas, TimeProvider time)
{
    /// <summary>Adds the domain; the service's first domain becomes its primary one.</summary>
    public async Task<BaseResponse> Post(AddRemoveServiceDomain request, CancellationToken ct)
    {
        var domain = DomainNames.Normalize(request.Domain!);
        var limit = quotas.Settings.DomainsPerService;
        // One round trip: the service as the caller sees it, who holds the domain, and the service's domains up to the quota.
        var found = await db.Services.VisibleTo(caller).Where(s => s.Id == request.ServiceGuid)
            .Select(s => new
            {
                s.Id,
                Holder = db.ServiceDomains.Where(d => d.Domain == domain).Select(d => (Guid?)d.ServiceId).FirstOrDefault(),
                Domains = db.ServiceDomains.Where(d => d.ServiceId == s.Id).Take(limit).Count(),
            })
            .SingleOrDefaultAsync(ct) ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        DemandMayChangeDomains(nameof(request.Domain));
        if (found.Holder is { } holder)
            throw holder == found.Id
                ? HttpError.Conflict("The Service already has this domain.", nameof(request.Domain))
                : Conflicts.Domain(nameof(request.Domain));
        Quotas.EnsureRoom(found.Domains, limit, "domains of a service", nameof(request.ServiceGuid));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ServiceDomains.Add(new ServiceDomain { Id = Guid.NewGuid(), ServiceId = found.Id, Domain = domain, CreatedOn = time.GetUtcNow().UtcDateTime });
        await SaveAsync(nameof(request.Domain), ct);
        // "The first domain to be added" becomes primary: only while the service holds no other domain, decided in the
        // statement itself so that of two first domains added at once one is primary.
        await db.Services
            .Where(s => s.Id == found.Id && s.PrimaryDomain == null && !db.ServiceDomains.Any(d => d.ServiceId == s.Id && d.Domain != domain))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.PrimaryDomain, domain), ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>Removes the domain; when it was the primary one, the service has no primary domain until one is set.</summary>
    public async Task<BaseResponse> Delete(AddRemoveServiceDomain request, CancellationToken ct)
    {
        var domain = DomainNames.Normalize(request.Domain!);
        var serviceId = await RequireServiceAsync(request.ServiceGuid, ct);
        DemandMayChangeDomains(nameof(request.Domain));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.ServiceDomains.Where(d => d.ServiceId == serviceId && d.Domain == domain).ExecuteDeleteAsync(ct);
        if (removed == 0)
            throw NoSuchDomain(nameof(request.Domain));
        await db.Services.Where(s => s.Id == serviceId && s.PrimaryDomain == domain)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.PrimaryDomain, (string?)null), ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    /// <summary>
    /// Renames the domain to NewDomain and, with SetAsPrimaryDomain true, makes it the primary one. False leaves which
    /// domain is primary as it is: a renamed primary domain stays primary under its new name.
    /// </summary>
    public async Task<BaseResponse> Put(UpdateServiceDomain request, CancellationToken ct)
    {
        var domain = DomainNames.Normalize(request.Domain!);
        var newDomain = DomainNames.Normalize(request.NewDomain!);
        var found = await db.Services.VisibleTo(caller).Where(s => s.Id == request.ServiceGuid)
            .Select(s => new
            {
                s.Id,
                DomainId = db.ServiceDomains.Where(d => d.ServiceId == s.Id && d.Domain == domain).Select(d => (Guid?)d.Id).FirstOrDefault(),
                NewDomainTaken = newDomain != domain && db.ServiceDomains.Any(d => d.Domain == newDomain),
            })
            .SingleOrDefaultAsync(ct) ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        DemandMayChangeDomains(nameof(request.Domain));
        var domainId = found.DomainId ?? throw NoSuchDomain(nameof(request.Domain));
        if (found.NewDomainTaken)
            throw Conflicts.Domain(nameof(request.NewDomain));
        var setAsPrimary = request.SetAsPrimaryDomain == true;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (newDomain != domain)
        {
            var row = new ServiceDomain { Id = domainId, ServiceId = found.Id, Domain = domain };
            db.ServiceDomains.Attach(row);
            row.Domain = newDomain;
            await SaveAsync(nameof(request.NewDomain), ct);
        }
        if (setAsPrimary || newDomain != domain)
            await db.Services.Where(s => s.Id == found.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.PrimaryDomain, s => setAsPrimary || s.PrimaryDomain == domain ? newDomain : s.PrimaryDomain), ct);
        await transaction.CommitAsync(ct);
        return new BaseResponse();
    }

    private async Task<Guid> RequireServiceAsync(Guid serviceGuid, CancellationToken ct) =>
        await db.Services.VisibleTo(caller).Where(s => s.Id == serviceGuid).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Service not found.", "ServiceGuid");

    /// <summary>
    /// A domain is the service's identity on the platform, claimed without proof that its owner holds it: those who
    /// provision the service (a SuperUser, its Partner and Reseller admins) manage its domains, not its own Service admins,
    /// who could otherwise take any domain not yet in the system.
    /// </summary>
    private void DemandMayChangeDomains(string fieldName)
    {
        if (!caller.IsSuperUser && caller.Type is not (AdminUserType.Partner or AdminUserType.Reseller))
            throw HttpError.Forbidden("A service's admins do not change its domains.", fieldName);
    }

    private static HttpError NoSuchDomain(string fieldName) => HttpError.NotFound("The Service has no such domain.", fieldName);

    /// <summary>The domains' unique index decides a race the pre-checks did not see; a row renamed or removed meanwhile is gone.</summary>
    private async Task SaveAsync(string domainField, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw NoSuchDomain("Domain");
        }
        catch (DbUpdateException ex) when (guard.TryGetViolatedIndex(ex, out var index))
        {
            throw Conflicts.IsIndexOn<ServiceDomain>(index, nameof(ServiceDomain.Domain)) ? Conflicts.Domain(domainField) : Conflicts.ForIndex(index);
        }
    }
}
