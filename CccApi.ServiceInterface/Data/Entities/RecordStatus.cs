namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>The Active/Disabled status the original gives Resellers, Collections, SkuBundles and admin users.</summary>
public enum RecordStatus
{
    Active,
    Disabled,
}
