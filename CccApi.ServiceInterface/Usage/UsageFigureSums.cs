using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Usage;

/// <summary>A record's figures as reported, each feature's count in its column (feature names match in any case).</summary>
public sealed class ReportedFigures : UsageFigures
{
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
    /// <summary>Adds <paramref name="now"/> minus <paramref name="before"/> (nothing before: zero) to <paramref name="total"/>, figure by figure.</summary>
    public static void Add(UsageFigures total, UsageFigures now, UsageFigures? before)
    {
        total.MessagesSent += now.MessagesSent - (before?.MessagesSent ?? 0);
        total.MessagesReceived += now.MessagesReceived - (before?.MessagesReceived ?? 0);
        total.AttachmentsCount += now.AttachmentsCount - (before?.AttachmentsCount ?? 0);
        total.AttachmentsSize += now.AttachmentsSize - (before?.AttachmentsSize ?? 0);
        total.InvitationsSent += now.InvitationsSent - (before?.InvitationsSent ?? 0);
        total.InvitationsAccepted += now.InvitationsAccepted - (before?.InvitationsAccepted ?? 0);
        total.SecureMessagingGateway += now.SecureMessagingGateway - (before?.SecureMessagingGateway ?? 0);
        total.SecureMessagingPlus += now.SecureMessagingPlus - (before?.SecureMessagingPlus ?? 0);
        total.DataLeakPrevention += now.DataLeakPrevention - (before?.DataLeakPrevention ?? 0);
        total.SecureLargeFiles += now.SecureLargeFiles - (before?.SecureLargeFiles ?? 0);
        total.SecureForms += now.SecureForms - (before?.SecureForms ?? 0);
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
