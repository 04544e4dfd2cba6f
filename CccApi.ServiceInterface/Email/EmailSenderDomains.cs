using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Email;

/// <summary>
/// Which service may send as a domain: what keeps PublicSendEmailMessage from being an open relay. A sender's
/// domain must be a domain of a service that is in use (TrialActive, DemoAccount or CertifiedSecure), and of the
/// named service when ServiceGuid is given.
/// </summary>
public sealed class EmailSenderDomains(CccDbContext db)
{
    private static readonly ServiceStatus[] Sending = [ServiceStatus.TrialActive, ServiceStatus.DemoAccount, ServiceStatus.CertifiedSecure];

    /// <summary>
    /// The service the message is sent for, given the From address's domain in its stored form (ASCII,
    /// lower-case); 404 naming ServiceGuid, or 403 naming the field at fault.
    /// </summary>
    public async Task<Guid> ServiceForSenderAsync(string domain, Guid? serviceGuid, CancellationToken ct)
    {
        var holders = ServicesWithDomain(domain);
        if (serviceGuid is { } id)
        {
            var service = await db.Services.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new { s.Status, Domain = holders.Contains(s.Id) }).SingleOrDefaultAsync(ct)
                ?? throw HttpError.NotFound("Service not found.", nameof(PublicSendEmailMessage.ServiceGuid));
            if (!Sending.Contains(service.Status))
                throw HttpError.Forbidden("The service does not send email in its status.", nameof(PublicSendEmailMessage.ServiceGuid));
            if (!service.Domain)
                throw HttpError.Forbidden("FromEmail must be at a domain of the service.", nameof(PublicSendEmailMessage.FromEmail));
            return id;
        }
        var sender = await db.Services.AsNoTracking()
            .Where(s => Sending.Contains(s.Status) && holders.Contains(s.Id))
            .OrderBy(s => s.CreatedOn).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        return sender ?? throw HttpError.Forbidden("FromEmail must be at a domain of an active service.", nameof(PublicSendEmailMessage.FromEmail));
    }

    /// <summary>The services holding the domain, primary or not (ServiceDomains' unique index: at most one). EF inlines it as a subquery.</summary>
    private IQueryable<Guid> ServicesWithDomain(string domain) =>
        db.ServiceDomains.Where(d => d.Domain == domain).Select(d => d.ServiceId);
}
