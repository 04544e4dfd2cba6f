using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Email;

/// <summary>
/// A service user's activation message: a new single-use token (only its digest is stored; the user's earlier
/// tokens end) and the message carrying it, both added to the caller's context so they commit with the change
/// that caused them. The link points at the service's web app.
/// </summary>
public sealed class ActivationMessages(CccDbContext db, EmailOutbox outbox, ServiceUrlBuilder urls, IOptions<ServiceUserSettings> settings, TimeProvider time)
{
    /// <summary>The service's name, domain and web-app address, read before the write transaction.</summary>
    public async Task<ActivationSender> SenderAsync(Guid serviceId, CancellationToken ct)
    {
        var row = await db.Services.AsNoTracking().Where(s => s.Id == serviceId).ToListRows(db).SingleAsync(ct);
        var service = row.ToWire(urls);
        var domain = service.PrimaryDomain
            ?? await db.ServiceDomains.Where(d => d.ServiceId == serviceId).OrderBy(d => d.CreatedOn).Select(d => d.Domain).FirstOrDefaultAsync(ct)
            ?? throw HttpError.Conflict("The Service has no domain to send its activation message from.", "ServiceGuid");
        var webapp = service.Urls?.GetValueOrDefault(ServiceUrlType.Webapp);
        return new ActivationSender(serviceId, service.Name ?? domain, $"{settings.Value.SenderLocalPart}@{domain}", webapp);
    }

    /// <summary>Ends the user's open tokens (in the caller's transaction) and queues a message with a new one.</summary>
    public async Task QueueAsync(ServiceUserEntity user, ActivationSender sender, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.ServiceUserActivationTokens.Where(t => t.ServiceUserId == user.Id && t.EndedOn == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.EndedOn, now), ct);
        Queue(user, sender, now);
    }

    /// <summary>As <see cref="QueueAsync"/> for a user created in the same unit of work, who has no tokens yet.</summary>
    public void Queue(ServiceUserEntity user, ActivationSender sender, DateTime now)
    {
        var token = SecretTokens.NewSessionId();
        db.ServiceUserActivationTokens.Add(new ServiceUserActivationToken
        {
            Id = Guid.NewGuid(),
            ServiceUserId = user.Id,
            Digest = SecretTokens.Digest(token),
            CreatedOn = now,
            ExpiresOn = now.AddHours(settings.Value.ActivationTokenHours),
        });
        outbox.Add(Compose(user, sender, token), sender.ServiceId);
    }

    private MimeMessage Compose(ServiceUserEntity user, ActivationSender sender, string token)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(sender.ServiceName, sender.Address));
        message.To.Add(new MailboxAddress($"{user.FirstName} {user.LastName}".Trim(), user.Email!));
        message.Subject = $"Activate your {sender.ServiceName} account";
        var link = sender.WebappUrl is { } webapp
            ? $"{webapp.TrimEnd('/')}/activate?token={Uri.EscapeDataString(token)}"
            : null;
        var body = link is null
            ? $"Your activation code is {token}"
            : $"Activate your account: {link}";
        message.Body = new TextPart("plain")
        {
            Text = $"Hello {user.FirstName},\n\nAn account on {sender.ServiceName} was created for {user.Email}.\n\n{body}\n\n"
                + $"The link works once and for {settings.Value.ActivationTokenHours} hours.\n",
        };
        return message;
    }
}

/// <summary>Who an activation message comes from and where its link leads.</summary>
public sealed record ActivationSender(Guid ServiceId, string ServiceName, string Address, string? WebappUrl);
