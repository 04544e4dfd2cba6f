using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Usage;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// A list of services that kept counts describe: those of one partner and/or one reseller (or all), of every status
/// or only those the usage reports list (not Blocked, not Provisioning). Equal shapes are the same list (the page
/// anchors' key).
/// </summary>
public sealed record ServiceListShape(Guid? PartnerId, Guid? ResellerId, bool ReportableOnly)
{
    /// <summary>The services <paramref name="caller"/> sees, or null when no partner or reseller bounds them (a Service admin).</summary>
    public static ServiceListShape? SeenBy(ICallerContext caller, bool reportableOnly)
    {
        var (rule, scope) = ServiceRuleOf(caller);
        return rule switch
        {
            ServiceRule.All => new ServiceListShape(null, null, reportableOnly),
            ServiceRule.OfPartner => new ServiceListShape(scope, null, reportableOnly),
            ServiceRule.OfReseller => new ServiceListShape(null, scope, reportableOnly),
            _ => null,
        };
    }

    /// <summary>Also of <paramref name="partnerId"/>; null when already bound to another partner (no service is in both).</summary>
    public ServiceListShape? OfPartner(Guid partnerId) =>
        PartnerId is { } bound && bound != partnerId ? null : this with { PartnerId = partnerId };

    /// <summary>Also of <paramref name="resellerId"/>; null when already bound to another reseller.</summary>
    public ServiceListShape? OfReseller(Guid resellerId) =>
        ResellerId is { } bound && bound != resellerId ? null : this with { ResellerId = resellerId };

    /// <summary>The services of this list, in no order yet.</summary>
    public IQueryable<Service> ServicesIn(IQueryable<Service> services)
    {
        if (PartnerId is { } partnerId)
            services = services.OfPartner(partnerId);
        if (ResellerId is { } resellerId)
            services = services.Where(s => s.ResellerId == resellerId);
        return ReportableOnly ? services.Reportable() : services;
    }

    /// <summary>The kept counts whose sum is this list's length.</summary>
    public IQueryable<ServiceStatusCount> CountsIn(IQueryable<ServiceStatusCount> counts)
    {
        if (PartnerId is { } partnerId)
            counts = counts.Where(c => c.PartnerId == partnerId);
        if (ResellerId is { } resellerId)
            counts = counts.Where(c => c.ResellerId == resellerId);
        return ReportableOnly ? counts.Reportable() : counts;
    }
}
