namespace CccApi.ServiceInterface.Configuration;

/// <summary>The "IdentityProviders" section.</summary>
public sealed class IdentityProviderSettings
{
    public const string SectionName = "IdentityProviders";

    /// <summary>
    /// The identity proxy's address for a provider's responses (what an organisation registers at its provider as the
    /// redirect or assertion consumer URL), answered as a provider's IdPxUrl; "{IdProviderGuid}" is replaced by the
    /// provider's Guid (32 hex digits). Empty: no such address is known and IdPxUrl is null.
    /// </summary>
    public string? ProviderCallbackUrlTemplate { get; set; }
}
