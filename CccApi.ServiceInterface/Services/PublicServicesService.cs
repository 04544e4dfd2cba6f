using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Identity;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.PublicOperations;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Settings;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// PublicGetService: anyone may look a service up by its Guid or its code, to find where its portal and API are.
/// It shows what the page lists and nothing of the service's owners, company or users.
/// </summary>
public sealed class PublicServicesService(
    CccDbContext db, ICallerContext caller, PublicOperationThrottle throttle, PublicServiceSettings settings, ServiceUrlBuilder urls)
{
    public async Task<PublicGetServiceResponse> Get(PublicGetService request, CancellationToken ct)
    {
        throttle.Admit(nameof(PublicGetService), caller.Address);

        var services = db.Services.AsNoTracking();
        if (request.ServiceGuid is { } serviceGuid)
            services = services.Where(s => s.Id == serviceGuid);
        if (!string.IsNullOrEmpty(request.ServiceCode))
        {
            var serviceCode = Identifiers.Normalize(request.ServiceCode);
            services = services.Where(s => s.ServiceCode == serviceCode);
        }
        var found = await services.Select(s => new
        {
            s.ResellerId,
            s.Reseller.PartnerId,
            s.Collection.ServicesApiBaseUrl,
            SiteEndpointUrl = db.SiteEndpoints.Where(e => e.Id == s.Collection.SiteEndpointId).Select(e => e.Url).FirstOrDefault(),
            Response = new PublicGetServiceResponse
            {
                ServiceGuid = s.Id,
                ServiceStatus = s.Status,
                ServiceName = s.ServiceName,
                ServiceCode = s.ServiceCode,
                CollectionGuid = s.CollectionId,
                CollectionName = s.Collection.Name,
                Jurisdiction = s.Collection.Site.Jurisdiction,
                ProviderName = s.Collection.Site.ProviderName,
                PrimaryDomain = s.PrimaryDomain,
                TrialEndDate = s.TrialEndDate,
            },
        }).SingleOrDefaultAsync(ct)
            // Both given and naming different services: as unknown as a service that does not exist.
            ?? throw HttpError.NotFound("Service not found.", request.ServiceGuid is null ? nameof(request.ServiceCode) : nameof(request.ServiceGuid));

        var response = found.Response;
        response.Urls = urls.Build(found.ServicesApiBaseUrl, found.SiteEndpointUrl, response.ServiceCode!, response.PrimaryDomain!);
        var chain = SettingChain.ForService(response.ServiceGuid, response.CollectionGuid, found.ResellerId, found.PartnerId);
        (response.AlertCode, response.Branding) = await settings.ReadAsync(chain, ct);
        var proxies = (await db.ProxiesAsync([response.ServiceGuid], ct))[response.ServiceGuid].ToList();
        // No user is named here: every authentication proxy is listed, none as the one used last.
        response.Authenticators = proxies.Where(p => p.Workflow == IdPxWorkflow.Authentication)
            .Select(p => ServiceProxies.ToAuthenticator(p, response.Urls, usedLast: false)).ToList();
        response.Connectors = ServiceProxies.Connectors(proxies, response.Urls);
        response.SSOEnabled = response.Authenticators.Count > 0;
        return response;
    }
}
