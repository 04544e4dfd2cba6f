using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>
/// Ours: a collection's own credential, with which it reports its services' usage (<see cref="ReportCollectionUsage"/>)
/// and calls nothing else. Sent as <c>Authorization: Bearer</c>, as admin API keys are.
/// </summary>
[Route("/collections/{CollectionGuid}/keys", "POST", Summary = "Issue a usage-reporting key for a collection.",
    Notes = "The key is returned once, in this response; only its digest is stored. SuperUser, or an admin of the Reseller that owns the collection.")]
public class CreateCollectionKey : IReturn<CreateCollectionKeyResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "String", Description = "What the key is for. 100 char Max.", ParameterType = "body")]
    public string? Name { get; set; }
}

public class CreateCollectionKeyResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionKeyGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The key itself, shown this once.", ParameterType = "body")]
    public string? Key { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Prefix { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }
}

[Route("/collections/{CollectionGuid}/keys", "GET", Summary = "List a collection's usage-reporting keys (never the keys themselves).")]
public class GetCollectionKeys : IReturn<GetCollectionKeysResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }
}

public class GetCollectionKeysResponse : BaseResponse
{
    [ApiMember(DataType = "CollectionKeySummary[]", ParameterType = "body")]
    public List<CollectionKeySummary> Keys { get; set; } = [];
}

public class CollectionKeySummary
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionKeyGuid { get; set; }

    public string? Name { get; set; }

    public string? Prefix { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? RevokedOn { get; set; }
}

[Route("/collections/{CollectionGuid}/keys/{CollectionKeyGuid}", "DELETE", Summary = "Revoke a collection's usage-reporting key.",
    Notes = "The key stops working at once, on every host.")]
public class RevokeCollectionKey : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionKeyGuid { get; set; }
}

/// <summary>
/// Ours: a collection reports the daily usage of the services installed in it. A record replaces the one reported
/// earlier for the same service, user and day, so a day may be sent again after a failure without counting twice;
/// a batch is stored whole or not at all.
/// </summary>
[Route("/collections/{CollectionGuid}/usage", "POST", Summary = "Report the daily usage of the services installed in a collection.",
    Notes = "Callable only with the collection's own key (CreateCollectionKey). At most 5000 records (8 MiB) per batch.")]
[RequiredRole(UsageReporting.CollectionRole)]
[RequestBodyLimit(UsageReporting.MaxBatchBodyBytes)]
public class ReportCollectionUsage : IReturn<ReportCollectionUsageResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "UsageRecord[]", Description = "The batch: at most 5000 records (413 TooManyRecords beyond), each service, user and day at most once.", IsRequired = true, ParameterType = "body")]
    public List<UsageRecord>? Records { get; set; }
}

public class ReportCollectionUsageResponse : BaseResponse
{
    [ApiMember(DataType = "Integer", Description = "Records for a service, user and day not reported before.", ParameterType = "body")]
    public int RecordsAdded { get; set; }

    [ApiMember(DataType = "Integer", Description = "Records that replaced an earlier report of the same service, user and day.", ParameterType = "body")]
    public int RecordsReplaced { get; set; }
}

/// <summary>One day of one service's usage, or of one of its users' (UserGuid).</summary>
public class UsageRecord
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", Description = "The service user the figures are for; none: the service's own (not a user's) usage.", ParameterType = "body")]
    public Guid? UserGuid { get; set; }

    [ApiMember(DataType = "DateTime", Description = "The UTC day; any time value is ignored. Not after today, nor more than UsageIntake:MaxDaysBack (400) days before it.", IsRequired = true, ParameterType = "body")]
    public DateTime? Day { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int MessagesSent { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int MessagesReceived { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int AttachmentsCount { get; set; }

    [ApiMember(DataType = "Integer", Description = "Bytes.", ParameterType = "body")]
    public long AttachmentsSize { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int InvitationsSent { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int InvitationsAccepted { get; set; }

    [ApiMember(DataType = "Dictionary<string,int>",
        Description = "Uses of each feature by name (in any case): SecureMessagingGateway, SecureMessagingPlus, DataLeakPrevention, SecureLargeFiles, SecureForms.",
        ParameterType = "body")]
    public Dictionary<string, int>? Features { get; set; }

    [ApiMember(DataType = "String", Description = "A user's toolbar version that day. 50 char Max.", ParameterType = "body")]
    public string? ToolbarVersion { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastMsgSent { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastMsgRetrieved { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? LastActivity { get; set; }
}

/// <summary>The names the usage intake knows.</summary>
public static class UsageReporting
{
    /// <summary>The role of a caller authenticated by a collection key; only operations requiring it admit such a caller.</summary>
    public const string CollectionRole = "Collection";

    public const int MaxRecordsPerBatch = 5000;

    /// <summary>A batch's body may be this large (8 MiB), beyond the host's limit for other requests: 5000 records written out in full fit.</summary>
    public const long MaxBatchBodyBytes = 8 * 1024 * 1024;

    public static readonly IReadOnlyList<string> FeatureNames =
        ["SecureMessagingGateway", "SecureMessagingPlus", "DataLeakPrevention", "SecureLargeFiles", "SecureForms"];
}
