namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>The Active/Disabled status the original gives Resellers, Collections and SkuBundles.</summary>
public enum RecordStatus
{
    Active,
    Disabled,
}
