namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "Lifecycle" section: how often each host looks for trials that have ended.</summary>
public sealed class LifecycleSettings
{
    public const string SectionName = "Lifecycle";

    /// <summary>At most 60, so that a trial ends within a minute of its TrialEndDate.</summary>
    public const int MaxTrialCheckSeconds = 60;

    public int TrialCheckSeconds { get; set; } = 30;
}
