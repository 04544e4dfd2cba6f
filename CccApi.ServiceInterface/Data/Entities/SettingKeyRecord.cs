namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// A setting the product knows: its public name, who may hold and see values of it, and how a value is checked.
/// Keys are created by migrations, since code and the platform's other parts read them by name; UpdateSettingKey
/// changes their descriptions, group, AccessType and Visibility.
/// </summary>
public class SettingKeyRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public SettingLevel AccessType { get; set; }

    public SettingVisibility Visibility { get; set; }

    public Guid? GroupId { get; set; }

    public SettingGroupRecord? Group { get; set; }

    public string? Description { get; set; }

    public string? ValidationDescription { get; set; }

    public SettingValueType ValueType { get; set; }

    /// <summary>A regular expression a String value must match as a whole; null for any single line.</summary>
    public string? ValidationPattern { get; set; }

    public long? MinimumValue { get; set; }

    public long? MaximumValue { get; set; }

    /// <summary>The value where no level holds one, in the serialized form.</summary>
    public string DefaultValue { get; set; } = "";
}
