using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Settings;

/// <summary>AccessType and Visibility as they travel: their names, in any case.</summary>
public static class SettingWords
{
    public static string LevelMessage { get; } = $"AccessType must be one of: {string.Join(", ", Enum.GetNames<SettingLevel>())}.";

    public static string VisibilityMessage { get; } = $"Visibility must be one of: {string.Join(", ", Enum.GetNames<SettingVisibility>())}.";

    public static bool IsLevel(string? text) => text is null || TryParse<SettingLevel>(text, out _);

    public static bool IsVisibility(string? text) => text is null || TryParse<SettingVisibility>(text, out _);

    /// <summary>A word the validator has checked.</summary>
    public static SettingLevel Level(string text) =>
        TryParse<SettingLevel>(text, out var level) ? level : throw new ArgumentException("An AccessType the validator should have refused.", nameof(text));

    public static SettingVisibility Visibility(string text) =>
        TryParse<SettingVisibility>(text, out var visibility) ? visibility : throw new ArgumentException("A Visibility the validator should have refused.", nameof(text));

    private static bool TryParse<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !text.Trim().All(char.IsAsciiDigit);
}
