using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Usage;

/// <summary>A record's figures as reported, each feature's count in its column (feature names match in any case).</summary>
public sealed class ReportedFigures : UsageFigures
{
    /// <summary>All zeros: what a record held before it was first reported.</summary>
    public static readonly UsageFigures None = new ReportedFigures();

    public static ReportedFigures Of(UsageRecord record) => new()
    {
        MessagesSent = record.MessagesSent,
        MessagesReceived = record.MessagesReceived,
        AttachmentsCount = record.AttachmentsCount,
        AttachmentsSize = record.AttachmentsSize,
        InvitationsSent = record.InvitationsSent,
        InvitationsAccepted = record.InvitationsAccepted,
        SecureMessagingGateway = Feature(record, nameof(SecureMessagingGateway)),
        SecureMessagingPlus = Feature(record, nameof(SecureMessagingPlus)),
        DataLeakPrevention = Feature(record, nameof(DataLeakPrevention)),
        SecureLargeFiles = Feature(record, nameof(SecureLargeFiles)),
        SecureForms = Feature(record, nameof(SecureForms)),
    };

    private static long Feature(UsageRecord record, string name) =>
        record.Features?.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? 0;
}

/// <summary>The arithmetic of usage figures: a rollup is the sum of its records, kept by adding each change's difference.</summary>
public static class UsageFigureSums
{
    /// <summary>Adds <paramref name="now"/> minus <paramref name="before"/> to <paramref name="total"/>, figure by figure.</summary>
    public static void AddDifference(UsageFigures total, UsageFigures now, UsageFigures before)
    {
        total.MessagesSent += now.MessagesSent - before.MessagesSent;
        total.MessagesReceived += now.MessagesReceived - before.MessagesReceived;
        total.AttachmentsCount += now.AttachmentsCount - before.AttachmentsCount;
        total.AttachmentsSize += now.AttachmentsSize - before.AttachmentsSize;
        total.InvitationsSent += now.InvitationsSent - before.InvitationsSent;
        total.InvitationsAccepted += now.InvitationsAccepted - before.InvitationsAccepted;
        total.SecureMessagingGateway += now.SecureMessagingGateway - before.SecureMessagingGateway;
        total.SecureMessagingPlus += now.SecureMessagingPlus - before.SecureMessagingPlus;
        total.DataLeakPrevention += now.DataLeakPrevention - before.DataLeakPrevention;
        total.SecureLargeFiles += now.SecureLargeFiles - before.SecureLargeFiles;
        total.SecureForms += now.SecureForms - before.SecureForms;
    }

    public static void Copy(UsageFigures from, UsageFigures to)
    {
        to.MessagesSent = from.MessagesSent;
        to.MessagesReceived = from.MessagesReceived;
        to.AttachmentsCount = from.AttachmentsCount;
        to.AttachmentsSize = from.AttachmentsSize;
        to.InvitationsSent = from.InvitationsSent;
        to.InvitationsAccepted = from.InvitationsAccepted;
        to.SecureMessagingGateway = from.SecureMessagingGateway;
        to.SecureMessagingPlus = from.SecureMessagingPlus;
        to.DataLeakPrevention = from.DataLeakPrevention;
        to.SecureLargeFiles = from.SecureLargeFiles;
        to.SecureForms = from.SecureForms;
    }
}
