namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "ServiceUsers" section: activation messages.</summary>
public sealed class ServiceUserSettings
{
    public const string SectionName = "ServiceUsers";

    /// <summary>How long an activation link works; sending a new message ends the earlier ones at once.</summary>
    public int ActivationTokenHours { get; set; } = 72;

    /// <summary>Activation messages come from this local part at the service's primary domain.</summary>
    public string SenderLocalPart { get; set; } = "no-reply";
}
