namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A named group of setting keys, as the pages' SettingGroup shows.</summary>
public class SettingGroupRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}
