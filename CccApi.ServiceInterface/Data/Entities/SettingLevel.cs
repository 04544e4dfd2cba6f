namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// Where a setting value is held, from the most specific level to the most general. A key's AccessType is the most
/// specific level it may hold values at; every more general level may hold a default for those below it.
/// </summary>
public enum SettingLevel
{
    Service = 0,
    Collection = 1,
    Reseller = 2,
    Partner = 3,
}
