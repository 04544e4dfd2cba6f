using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Rules;

/// <summary>The Active/Disabled statuses that travel as strings on the wire.</summary>
public static class RecordStatuses
{
    public static string InvalidMessage { get; } = $"Status must be one of: {string.Join(", ", Enum.GetNames<RecordStatus>())}.";

    /// <summary>Matched without regard to case; null when unknown.</summary>
    public static RecordStatus? Parse(string value) =>
        Enum.TryParse<RecordStatus>(value.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
}
