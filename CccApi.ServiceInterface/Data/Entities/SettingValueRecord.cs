namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A setting's value held by one service, collection, reseller or partner (OwnerId names it within its Level).</summary>
public class SettingValueRecord
{
    public Guid Id { get; set; }

    public Guid SettingKeyId { get; set; }

    public SettingKeyRecord SettingKey { get; set; } = null!;

    public SettingLevel Level { get; set; }

    public Guid OwnerId { get; set; }

    /// <summary>The serialized value: see <see cref="SettingValueType"/>.</summary>
    public string Value { get; set; } = "";

    public DateTime UpdatedOn { get; set; }

    /// <summary>The admin user who set it.</summary>
    public Guid UpdatedByUserId { get; set; }
}
