namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "UsageIntake" section: how far back a collection may report (or correct) a day's usage.</summary>
public sealed class UsageIntakeSettings
{
    public const string SectionName = "UsageIntake";

    /// <summary>The bounds <see cref="MaxDaysBack"/> may be set to: at least yesterday, at most ten years.</summary>
    public const int MinDaysBackSetting = 1, MaxDaysBackSetting = 3650;

    /// <summary>
    /// A record's Day may be at most this many days before today (UTC): a collection resends what a failure kept
    /// back, or corrects a day, within a billing year and its closing month; older figures stay as they were billed.
    /// </summary>
    public int MaxDaysBack { get; set; } = 400;
}
