namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// One email waiting in, or delivered from, the outbox. It is written in the transaction of whatever caused it
/// and holds the whole message as MIME text (its Message-Id included), so every attempt sends the same bytes.
/// </summary>
public class EmailOutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The service the message is sent for (its domain is the From address's), for the per-service limit.</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>The Message-Id header's value, stable across attempts so a receiver can drop a duplicate.</summary>
    public string MessageId { get; set; } = "";

    /// <summary>The message as 7-bit MIME text, ready to send.</summary>
    public string Mime { get; set; } = "";

    public EmailOutboxStatus Status { get; set; }

    /// <summary>Attempts begun so far (a claim counts one, so a host dying mid-send still uses up a try).</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// When the message may next be claimed. A claim moves it a lease ahead, so a host that dies while sending
    /// leaves the message to be claimed again once the lease has passed.
    /// </summary>
    public DateTime NextAttemptOn { get; set; }

    /// <summary>The claim that holds the message now; only its holder records the outcome.</summary>
    public Guid? LeaseId { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedOn { get; set; }

    public DateTime? SentOn { get; set; }
}

public enum EmailOutboxStatus
{
    Queued,
    Sent,

    /// <summary>Given up on after the last try or a permanent refusal; LastError says why.</summary>
    Parked,
}
