using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Settings;

/// <summary>A setting key as the cache holds it: everything needed to find, show and check values of it.</summary>
public sealed record SettingKeyInfo(
    Guid Id,
    string Name,
    SettingLevel AccessType,
    SettingVisibility Visibility,
    Guid? GroupId,
    string? GroupName,
    string? Description,
    string? ValidationDescription,
    SettingValueType ValueType,
    string? ValidationPattern,
    long? MinimumValue,
    long? MaximumValue,
    string DefaultValue)
{
    /// <summary>Whether a value of this key may be held at <paramref name="level"/>: its AccessType's level or a more general one.</summary>
    public bool MayBeHeldAt(SettingLevel level) => level >= AccessType;
}
