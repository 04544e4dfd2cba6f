using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Rules;

/// <summary>The Active/Disabled statuses that travel as strings on the wire.</summary>
public static class RecordStatuses
{
    public static string InvalidMessage { get; } = $"Status must be one of: {string.Join(", ", Enum.GetNames<RecordStatus>())}.";

    /// <summary>A request's Status its validator has checked, or <paramref name="unset"/> when it sent none.</summary>
    public static RecordStatus Checked(string? value, RecordStatus unset) =>
        value is null ? unset : Parse(value) ?? throw new ArgumentException("A status the validator should have refused.", nameof(value));

    /// <summary>Matched without regard to case; null when unknown.</summary>
    public static RecordStatus? Parse(string value) =>
        Enum.TryParse<RecordStatus>(value.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
}
