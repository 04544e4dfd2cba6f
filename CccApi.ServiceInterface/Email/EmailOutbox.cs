using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Configurations;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CccApi.ServiceInterface.Email;

/// <summary>
/// The outbox's statements. <see cref="Add"/> only adds the row to the caller's context, so the message commits
/// or rolls back with whatever caused it; the sender claims, and records the outcome of, one message at a time.
/// </summary>
public sealed class EmailOutbox(CccDbContext db, TimeProvider time)
{
    /// <summary>
    /// Gives the message its Message-Id and Date and adds it to the outbox in the context's unit of work
    /// (the caller's SaveChanges writes it). Returns the Message-Id.
    /// </summary>
    public string Add(MimeMessage message, Guid? serviceId)
    {
        var id = Guid.NewGuid();
        var now = time.GetUtcNow().UtcDateTime;
        var sender = message.From.Mailboxes.First();
        // Unique per message and the same on every attempt: receivers that deduplicate by it see one message.
        message.MessageId = $"{id:N}@{sender.Domain}";
        message.Date = new DateTimeOffset(now);
        // 7-bit so the stored text is plain ASCII and the bytes sent never depend on the server's 8BITMIME.
        message.Prepare(EncodingConstraint.SevenBit);
        using var mime = new MemoryStream();
        message.WriteTo(FormatOptions.Default, mime);
        db.EmailOutbox.Add(new EmailOutboxMessage
        {
            Id = id,
            ServiceId = serviceId,
            MessageId = message.MessageId,
            Mime = System.Text.Encoding.ASCII.GetString(mime.GetBuffer(), 0, (int)mime.Length),
            Status = EmailOutboxStatus.Queued,
            NextAttemptOn = now,
            CreatedOn = now,
        });
        return message.MessageId;
    }

    /// <summary>Messages the service queued since <paramref name="since"/>, counted up to <paramref name="limit"/> only.</summary>
    public Task<int> CountForServiceAsync(Guid serviceId, DateTime since, int limit, CancellationToken ct) =>
        db.EmailOutbox.Where(m => m.ServiceId == serviceId && m.CreatedOn >= since).Take(limit).CountAsync(ct);

    /// <summary>
    /// Claims up to <paramref name="count"/> due messages for <paramref name="lease"/>. Each claim is one conditional
    /// UPDATE (still queued and due), so of two hosts reaching for one message exactly one changes the row.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedEmail>> ClaimAsync(int count, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.EmailOutbox.AsNoTracking()
            .Where(m => m.Status == EmailOutboxStatus.Queued && m.NextAttemptOn <= now)
            .OrderBy(m => m.NextAttemptOn).Select(m => m.Id).Take(count).ToListAsync(ct);
        var claimed = new List<ClaimedEmail>();
        foreach (var id in due)
        {
            var leaseId = Guid.NewGuid();
            var until = now + lease;
            var changed = await db.EmailOutbox
                .Where(m => m.Id == id && m.Status == EmailOutboxStatus.Queued && m.NextAttemptOn <= now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.LeaseId, leaseId)
                    .SetProperty(m => m.NextAttemptOn, until)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
            if (changed == 0) continue;
            var row = await db.EmailOutbox.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new { m.Mime, m.Attempts, m.MessageId }).SingleAsync(ct);
            claimed.Add(new ClaimedEmail(id, leaseId, row.MessageId, row.Mime, row.Attempts));
        }
        return claimed;
    }

    /// <summary>Records a delivery, if the claim still holds (else another host has it and will send it again).</summary>
    public Task<int> MarkSentAsync(ClaimedEmail email, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.EmailOutbox.Where(m => m.Id == email.Id && m.LeaseId == email.LeaseId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, EmailOutboxStatus.Sent)
                .SetProperty(m => m.SentOn, now)
                .SetProperty(m => m.LeaseId, (Guid?)null)
                .SetProperty(m => m.LastError, (string?)null), ct);
    }

    /// <summary>Schedules the next try after <paramref name="retryIn"/>, or parks the message when that is null.</summary>
    public Task<int> MarkFailedAsync(ClaimedEmail email, string error, TimeSpan? retryIn, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lastError = error.Length > EmailOutboxMessageConfiguration.LastErrorLength ? error[..EmailOutboxMessageConfiguration.LastErrorLength] : error;
        var status = retryIn is null ? EmailOutboxStatus.Parked : EmailOutboxStatus.Queued;
        var next = now + (retryIn ?? TimeSpan.Zero);
        return db.EmailOutbox.Where(m => m.Id == email.Id && m.LeaseId == email.LeaseId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.NextAttemptOn, next)
                .SetProperty(m => m.LeaseId, (Guid?)null)
                .SetProperty(m => m.LastError, lastError), ct);
    }
}

/// <summary>A message this host holds the claim on.</summary>
public sealed record ClaimedEmail(Guid Id, Guid LeaseId, string MessageId, string Mime, int Attempts);
