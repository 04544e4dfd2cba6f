namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>Another address of a service user (ProvisionServiceUser's Aliases); unique within the service.</summary>
public class ServiceUserAlias
{
    public Guid Id { get; set; }

    public Guid ServiceUserId { get; set; }

    public Guid ServiceId { get; set; }

    /// <summary>Stored in its normal form, as user emails are.</summary>
    public string Alias { get; set; } = "";
}
