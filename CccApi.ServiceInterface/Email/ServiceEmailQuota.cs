using CccApi.ServiceInterface.Infrastructure;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Email;

/// <summary>
/// <c>Email:MessagesPerServicePerHour</c>: the messages one service may queue per rolling hour, counted in the outbox so
/// every host sees the same count. Every operation that queues mail for a service checks it first.
/// </summary>
public sealed class ServiceEmailQuota(EmailOutbox outbox, IOptions<EmailSettings> settings, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Throws 429 (retry after a minute) when the service has queued its hour's messages.</summary>
    public async Task EnsureRoomAsync(Guid serviceId, CancellationToken ct)
    {
        var limit = settings.Value.MessagesPerServicePerHour;
        if (await outbox.CountForServiceAsync(serviceId, time.GetUtcNow().UtcDateTime - Window, limit, ct) >= limit)
            throw HttpError.TooManyRequests("The service has sent as many messages as it may this hour.", TimeSpan.FromMinutes(1));
    }
}
