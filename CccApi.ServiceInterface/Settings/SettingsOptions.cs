namespace CccApi.ServiceInterface.Settings;

/// <summary>The "Settings" configuration section.</summary>
public sealed class SettingsOptions
{
    public const string SectionName = "Settings";

    /// <summary>
    /// How long a host keeps a setting key list or resolved value. With Redis every host drops an entry as soon as it
    /// changes; without it, another host may answer the old value for up to this long.
    /// </summary>
    public int CacheSeconds { get; set; } = 300;

    public TimeSpan CacheDuration => TimeSpan.FromSeconds(CacheSeconds);
}
