using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Data.Commands;

/// <summary>The usage intake's writes: a batch's records stored over the ones they replace, and their rollups' differences added.</summary>
internal static class UsageUpserts
{
    // Every figure column, from the class that declares them, so a figure added there is written here too.
    private static readonly string[] Figures = [.. typeof(UsageFigures).GetProperties().Select(p => p.Name)];

    /// <summary>A record replaces the one of its key (service, day, user, collection), keeping that one's Id.</summary>
    public static readonly MultiRowUpsert<CollectionUsageRecord> Records = new(
        [nameof(CollectionUsageRecord.ServiceId), nameof(CollectionUsageRecord.Day), nameof(CollectionUsageRecord.ServiceUserId), nameof(CollectionUsageRecord.CollectionId)],
        [nameof(CollectionUsageRecord.Id)],
        [
            .. Figures, nameof(CollectionUsageRecord.ToolbarVersion), nameof(CollectionUsageRecord.LastMsgSent),
            nameof(CollectionUsageRecord.LastMsgRetrieved), nameof(CollectionUsageRecord.LastActivity), nameof(CollectionUsageRecord.ReportedOn),
        ],
        UpsertMode.Replace);

    /// <summary>A day's difference added to its rollup (a new rollup starts from it).</summary>
    public static readonly MultiRowUpsert<ServiceUsageDay> Days = new(
        [nameof(ServiceUsageDay.ServiceId), nameof(ServiceUsageDay.Day)], [], Figures, UpsertMode.Add);

    /// <summary>A month's difference added to its rollup.</summary>
    public static readonly MultiRowUpsert<ServiceUsageMonth> Months = new(
        [nameof(ServiceUsageMonth.ServiceId), nameof(ServiceUsageMonth.Month)], [], Figures, UpsertMode.Add);
}
