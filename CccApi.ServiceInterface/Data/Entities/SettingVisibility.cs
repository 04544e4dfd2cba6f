namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>Who sees a setting key: Private ones only SuperUsers; Protected ones everybody, changed by SuperUsers; Public ones everybody.</summary>
public enum SettingVisibility
{
    Private = 0,
    Protected = 1,
    Public = 2,
}
