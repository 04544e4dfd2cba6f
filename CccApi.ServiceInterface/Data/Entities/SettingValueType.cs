namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>What a setting's value is, and so how it is checked and written ("serialized") as text.</summary>
public enum SettingValueType
{
    /// <summary>"true" or "false".</summary>
    Boolean = 0,

    /// <summary>A whole number in invariant digits, within the key's bounds.</summary>
    Integer = 1,

    /// <summary>Text on one line, matching the key's pattern when it has one.</summary>
    String = 2,

    /// <summary>An email address, or empty for none.</summary>
    EmailAddress = 3,
}
