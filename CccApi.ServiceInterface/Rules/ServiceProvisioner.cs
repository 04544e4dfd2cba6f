using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using AdminUser = CccApi.ServiceInterface.Data.Entities.AdminUser;
using Collection = CccApi.ServiceInterface.Data.Entities.Collection;
using Reseller = CccApi.ServiceInterface.Data.Entities.Reseller;
using Service = CccApi.ServiceInterface.Data.Entities.Service;
using ServiceUser = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Writes a new service with its primary domain, company, contact and system user in one transaction, choosing the
/// defaults CreateService documents. A defaulted ServiceName or ServiceCode that another request takes
/// first is retried with the next suffix; a value the caller chose is a 409 instead.
/// </summary>
public sealed class ServiceProvisioner(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, IPasswordHasher<ServiceUser> passwordHasher)
{
    /// <summary>The trial period of a service whose collection sets no DefaultTrialPeriod.</summary>
    public const int TrialDays = 30;
    private const int MaxAttempts = 5;

    /// <summary>Also records the status the service starts with (from none), changed by <paramref name="createdBy"/>.</summary>
    public async Task<Service> ProvisionAsync(CreateService request, Reseller reseller, Collection collection, Guid? createdBy, CancellationToken ct)
    {
        var trialDays = collection.DefaultTrialPeriod ?? TrialDays;
        var domain = DomainNames.Normalize(request.PrimaryDomain!);
        var companyName = string.IsNullOrWhiteSpace(request.CompanyInfo?.Name) ? $"{domain} Secure Messaging" : NameForms.Normalize(request.CompanyInfo.Name)!;
        var nameDefaulted = string.IsNullOrEmpty(request.ServiceName);
        var codeDefaulted = string.IsNullOrEmpty(request.ServiceCode);
        var now = time.GetUtcNow().UtcDateTime;
        // Hashing a password is tens of milliseconds of CPU: done before the transaction (and once, not per
        // attempt), so no other writer waits behind it while this one holds the database's write lock.
        var passwordHash = request.SystemUser is { Password: { Length: > 0 } password }
            ? passwordHasher.HashPassword(new ServiceUser(), password)
            : null;

        var operationId = Guid.NewGuid();
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var serviceName = nameDefaulted ? await FreeServiceNameAsync(companyName, attempt, ct) : NameForms.Normalize(request.ServiceName)!;
            var serviceCode = codeDefaulted ? await FreeServiceCodeAsync(DomainNames.ServiceCodeStem(domain), attempt, ct) : Identifiers.Normalize(request.ServiceCode!);
            var service = Build(request, domain, companyName, serviceName, serviceCode, reseller.Id, reseller.PartnerId, collection.Id, trialDays, now);
            db.Services.Add(service);
            var groups = ServiceUserRecords.DefaultGroups(service.Id, now).ToList();
            db.ServiceUserGroups.AddRange(groups);
            var admin = ServiceAdmin(service, passwordHash);
            db.AdminUsers.Add(admin);
            if (request.SystemUser is { } systemUser)
                ServiceUserRecords.AddNew(db, SystemUser(service, systemUser, admin, now, passwordHash),
                    groups.Single(g => g.Type == ServiceUserGroupType.Professional), createdBy);
            // The primary domain is the service's first domain, written in the same SaveChanges (one transaction).
            db.ServiceDomains.Add(new ServiceDomain { Id = Guid.NewGuid(), ServiceId = service.Id, Domain = domain, CreatedOn = now });
            try
            {
                await ServiceStatusChanges.RecordAsync(db, new ServiceStatusMove(service.Id, reseller.Id, reseller.PartnerId, From: null, service.Status),
                    now, createdBy, operationId, ct);
                await db.SaveChangesAsync(ct);
                await ServiceUserCounts.RecordAsync(db, service.Id, now, ct);
                await transaction.CommitAsync(ct);
                return service;
            }
            catch (DbUpdateException ex) when (guard.TryGetViolatedIndex(ex, out var index))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var lostDefaultRace = (nameDefaulted && Conflicts.IsIndexOn<Service>(index, nameof(Service.ServiceNameKey)))
                    || (codeDefaulted && Conflicts.IsIndexOn<Service>(index, nameof(Service.ServiceCode)));
                if (!lostDefaultRace || attempt + 1 >= MaxAttempts)
                    throw Conflicts.ForIndex(index);
            }
        }
    }

    private static Service Build(CreateService request, string domain, string companyName, string serviceName, string serviceCode,
        Guid resellerId, Guid partnerId, Guid collectionId, int trialDays, DateTime now)
    {
        var service = new Service
        {
            Id = Guid.NewGuid(),
            PrimaryDomain = domain,
            ServiceName = serviceName,
            ServiceCode = serviceCode,
            ReferenceId = request.ReferenceId,
            Status = ServiceStatus.TrialActive,
            TrialEndDate = now.AddDays(trialDays),
            EffectiveDate = now,
            InitialTerm = trialDays,
            ClientGuid = Guid.NewGuid(),
            AdminUsername = AdminUsername(request, domain),
            ResellerId = resellerId,
            PartnerId = partnerId,
            CollectionId = collectionId,
            CreatedOn = now,
        };

        var company = request.CompanyInfo;
        service.Company = new ServiceCompany
        {
            ServiceId = service.Id,
            Name = companyName,
            Address = company?.Address,
            City = company?.City,
            StateProvince = company?.StateProvince,
            PostalCode = company?.PostalCode,
            Country = company?.Country,
            Website = company?.Website,
        };

        if (request.ContactInfo is { } contact)
            service.Contact = new ServiceContact { ServiceId = service.Id, Name = contact.Name!, Email = contact.Email!, PhoneNumber = contact.PhoneNumber! };

        return service;
    }

    /// <summary>The SystemUser's email when given, else admin@{PrimaryDomain}.</summary>
    public static string AdminUsername(CreateService request, string domain) =>
        string.IsNullOrWhiteSpace(request.SystemUser?.Email) ? $"admin@{domain}" : request.SystemUser.Email;

    /// <summary>The service's admin user: it signs in with the SystemUser's email and password.</summary>
    private static AdminUser ServiceAdmin(Service service, string? passwordHash) => new()
    {
        Id = Guid.NewGuid(),
        Email = AdminAccounts.NormalizeEmail(service.AdminUsername),
        Type = AdminUserType.Service,
        ScopeId = service.Id,
        PasswordHash = passwordHash,
        CreatedOn = service.CreatedOn,
    };

    /// <summary>
    /// The system user signs in as the service's admin with the same address and password: it is that admin's
    /// service user (see <see cref="SystemUserLink"/>), pre-registered, in the Professional default group.
    /// </summary>
    private static ServiceUser SystemUser(Service service, UserInfo info, AdminUser admin, DateTime now, string? passwordHash)
    {
        var user = new ServiceUser
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            Email = admin.Email,
            IsSystemUser = true,
            AdminUserId = admin.Id,
            RegisteredOn = now,
            CreatedOn = now,
            PasswordHash = passwordHash,
        };
        ServiceUserRecords.SetNames(user, info.FirstName, info.LastName);
        return user;
    }

    private Task<string> FreeServiceNameAsync(string stem, int skip, CancellationToken ct) =>
        UniqueNames.FirstFreeAsync(stem, " ", skip, async candidates =>
        {
            var byKey = candidates.ToDictionary(NameKeys.For);
            var keys = byKey.Keys.ToList();
            var takenKeys = await db.Services.Where(s => keys.Contains(s.ServiceNameKey)).Select(s => s.ServiceNameKey).ToListAsync(ct);
            return takenKeys.Select(key => byKey[key]).ToList();
        });

    private Task<string> FreeServiceCodeAsync(string stem, int skip, CancellationToken ct) =>
        UniqueNames.FirstFreeAsync(stem, "", skip, candidates =>
            db.Services.Where(s => candidates.Contains(s.ServiceCode)).Select(s => s.ServiceCode).ToListAsync(ct));
}
