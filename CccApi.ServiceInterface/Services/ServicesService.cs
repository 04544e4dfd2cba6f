using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class ServicesService(CccDbContext db, ICallerContext caller, ServiceProvisioner provisioner, ServiceUrlBuilder urls)
{
    /// <summary>
    /// Creates a service for the Reseller in the Collection named by CollectionGuid, else the Reseller's
    /// default for SiteGuid, else its DefaultCollectionGuid. It starts TrialActive.
    /// </summary>
    public async Task<CreateServiceResponse> Post(CreateService request, CancellationToken ct)
    {
        SuperUserFields.Demand(caller, request.ServiceCode, nameof(request.ServiceCode));
        SuperUserFields.Demand(caller, request.ServiceName, nameof(request.ServiceName));

        var reseller = await db.ResellerAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        var collection = await CollectionPlacement.ChooseAsync(db, caller, reseller, request.CollectionGuid, request.SiteGuid, ct);

        var domain = DomainNames.Normalize(request.PrimaryDomain!);
        // Any domain of any service, primary or not, is taken: one seek on the domains' unique index.
        if (await db.ServiceDomains.AnyAsync(d => d.Domain == domain, ct))
            throw Conflicts.PrimaryDomain();
        var serviceCode = string.IsNullOrEmpty(request.ServiceCode) ? null : Identifiers.Normalize(request.ServiceCode);
        if (serviceCode is not null && await db.Services.AnyAsync(s => s.ServiceCode == serviceCode, ct))
            throw Conflicts.ServiceCode();
        if (!string.IsNullOrEmpty(request.ServiceName))
        {
            var serviceNameKey = NameKeys.For(request.ServiceName);
            if (await db.Services.AnyAsync(s => s.ServiceNameKey == serviceNameKey, ct))
                throw Conflicts.ServiceName();
        }
        var adminEmail = AdminAccounts.NormalizeEmail(ServiceProvisioner.AdminUsername(request, domain));
        if (await db.AdminUsers.AnyAsync(u => u.Email == adminEmail, ct))
            throw Conflicts.AdminUserEmail();

        var service = await provisioner.ProvisionAsync(request, reseller, collection, caller.UserId, ct);
        return new CreateServiceResponse { ServiceGuid = service.Id, ServiceStatus = service.Status, AdminUsername = service.AdminUsername };
    }

    public async Task<ServiceResponse> Get(GetService request, CancellationToken ct)
    {
        var row = await ServiceResponseQuery.ReadAsync(db, caller, request.ServiceGuid, ct)
            ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        var service = row.Response;
        service.Urls = urls.Build(row.ServicesApiBaseUrl, row.SiteEndpointUrl, service.ServiceCode!, service.PrimaryDomain);
        return service;
    }
}
