namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// The additive usage figures a collection reports per day, shared by a reported record and the rollups that sum
/// records (a base class EF maps into each table, not an entity of its own).
/// </summary>
public abstract class UsageFigures
{
    public long MessagesSent { get; set; }

    public long MessagesReceived { get; set; }

    public long AttachmentsCount { get; set; }

    public long AttachmentsSize { get; set; }

    public long InvitationsSent { get; set; }

    public long InvitationsAccepted { get; set; }

    public long SecureMessagingGateway { get; set; }

    public long SecureMessagingPlus { get; set; }

    public long DataLeakPrevention { get; set; }

    public long SecureLargeFiles { get; set; }

    public long SecureForms { get; set; }
}
