using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Email;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.PublicOperations;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using MimeKit;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// PublicSendEmailMessage: queues one message in the outbox and answers; the background sender delivers it.
/// Not a relay: the sender must be at a domain of an active service, and both the client address and the
/// service are rate-limited (see the README's "Email" section).
/// </summary>
public sealed class PublicEmailService(
    CccDbContext db, ICallerContext caller, PublicOperationThrottle throttle, EmailSenderDomains domains, EmailOutbox outbox, ServiceEmailQuota quota)
{
    public async Task<BaseResponse> Post(PublicSendEmailMessage request, CancellationToken ct)
    {
        throttle.Admit(nameof(PublicSendEmailMessage), caller.Address);
        EmailAddresses.TryNormalize(request.FromEmail, out var from);
        var serviceId = await domains.ServiceForSenderAsync(from[(from.IndexOf('@') + 1)..], request.ServiceGuid, ct);

        await quota.EnsureRoomAsync(serviceId, ct);

        outbox.Add(Compose(request, from), serviceId);
        await db.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    /// <summary>
    /// The message, built from MimeKit's address and header types only: they encode names and subjects, so no
    /// field can add a header (line breaks are refused by validation before this).
    /// </summary>
    private static MimeMessage Compose(PublicSendEmailMessage request, string from)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(request.FromName ?? "", from));
        message.To.AddRange(Mailboxes(request.To));
        message.Cc.AddRange(Mailboxes(request.Cc));
        message.Bcc.AddRange(Mailboxes(request.Bcc));
        message.Subject = request.Subject ?? "";

        var bodyText = request.BodyText;
        var bodyHtml = EmailBodyFormats.Parse(request.BodyFormat) == EmailBodyFormats.Html ? request.BodyHtml : null;
        if (request.MessageGuid is { } messageGuid)
        {
            // A notification of a secure message kept on the service: it names the message and its attachments,
            // which stay on the service and are never attached here.
            message.Headers.Add("X-Secure-Message-Guid", messageGuid.ToString("N"));
            if (request.AttachmentNames is { Count: > 0 } names)
            {
                var list = string.Join(", ", names);
                bodyText = (bodyText is { Length: > 0 } ? bodyText + "\n\n" : "") + "Attachments: " + list;
                if (bodyHtml is not null) bodyHtml += "<p>Attachments: " + WebUtility.HtmlEncode(list) + "</p>";
            }
        }
        message.Body = new BodyBuilder { TextBody = bodyHtml is null ? bodyText ?? "" : bodyText, HtmlBody = bodyHtml }.ToMessageBody();
        return message;
    }

    private static IEnumerable<MailboxAddress> Mailboxes(List<string>? addresses) =>
        (addresses ?? []).Select(a => EmailAddresses.TryNormalize(a, out var normalized) ? normalized : a)
            .Distinct(StringComparer.Ordinal).Select(a => new MailboxAddress("", a));
}
