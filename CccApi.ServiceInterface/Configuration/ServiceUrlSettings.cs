namespace CccApi.ServiceInterface.Configuration;

/// <summary>
/// The "ServiceUrls" section: how GetService's Urls are built, one template per ServiceUrlType. A template may use
/// {ServicesApiBaseUrl} (the service's collection's), {SiteEndpointUrl} (the collection's Site endpoint's),
/// {ServiceCode} and {PrimaryDomain}; a URL whose template needs a value the service does not have is left out.
/// </summary>
public sealed class ServiceUrlSettings
{
    public const string SectionName = "ServiceUrls";

    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MessagingApi"] = "{ServicesApiBaseUrl}",
        ["SecMsgAPI"] = "{ServicesApiBaseUrl}/secmsg",
        ["ToolbarServices"] = "{ServicesApiBaseUrl}/toolbar",
        ["GatewaySettings"] = "{ServicesApiBaseUrl}/gateway/settings",
        ["Webmail"] = "{SiteEndpointUrl}/webmail",
        ["AdminConsole"] = "{SiteEndpointUrl}/admin",
        ["Webapp"] = "{SiteEndpointUrl}/app",
        ["IdProxy"] = "{SiteEndpointUrl}/idp/{ServiceCode}",
        ["IdProxyLogout"] = "{SiteEndpointUrl}/idp/{ServiceCode}/logout",
    };
}
