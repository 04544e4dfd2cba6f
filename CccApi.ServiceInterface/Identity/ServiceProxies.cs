using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Identity;

/// <summary>A service's identity proxy as the public operations show it, with its provider's name and its pattern.</summary>
public sealed record ServiceProxy(
    Guid Id, Guid ServiceId, string? Name, string? Description, Guid IdProviderId, string ProviderName, string? ProviderDescription,
    string? Pattern, IdPxWorkflow Workflow)
{
    public IdPxPattern ParsedPattern { get; } = IdPxPattern.FromStored(Pattern);
}

/// <summary>The identity proxies of services, read in one query, as Authenticators and Connectors.</summary>
public static class ServiceProxies
{
    /// <summary>The proxies of the services named, each service's in the order they are tried.</summary>
    public static async Task<ILookup<Guid, ServiceProxy>> ProxiesAsync(this CccDbContext db, IReadOnlyCollection<Guid> serviceIds, CancellationToken ct)
    {
        var rows = await db.IdPxs.AsNoTracking().Where(x => serviceIds.Contains(x.ServiceId))
            .OrderBy(x => x.CreatedOn).ThenBy(x => x.Id)
            .Select(x => new ServiceProxy(x.Id, x.ServiceId, x.Name, x.Description, x.IdProviderId, x.IdProvider.Name, x.IdProvider.Description,
                x.Pattern, x.Type.Workflow))
            .ToListAsync(ct);
        return rows.ToLookup(r => r.ServiceId);
    }

    public static Authenticator ToAuthenticator(ServiceProxy proxy, Dictionary<ServiceUrlType, string>? urls, bool usedLast) => new()
    {
        Name = proxy.Name ?? proxy.ProviderName,
        Description = proxy.Description ?? proxy.ProviderDescription,
        IdProviderGuid = proxy.IdProviderId,
        IdPxLoginUrl = IdPxLinks.LoginUrl(urls, proxy.Id),
        UsedLast = usedLast,
    };

    /// <summary>The connector proxies; one MatchesAuth when the service also signs users in through the same provider.</summary>
    public static List<Connector> Connectors(IEnumerable<ServiceProxy> proxies, Dictionary<ServiceUrlType, string>? urls)
    {
        var all = proxies.ToList();
        var authenticating = all.Where(p => p.Workflow == IdPxWorkflow.Authentication).Select(p => p.IdProviderId).ToHashSet();
        return all.Where(p => p.Workflow == IdPxWorkflow.Connector).Select(p => new Connector
        {
            Name = p.Name ?? p.ProviderName,
            IdPxGuid = p.Id,
            IdPxLoginUrl = IdPxLinks.LoginUrl(urls, p.Id),
            MatchesAuth = authenticating.Contains(p.IdProviderId),
        }).ToList();
    }
}
