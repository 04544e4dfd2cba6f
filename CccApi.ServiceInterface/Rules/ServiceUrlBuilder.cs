using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceModel;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Rules;

/// <summary>GetService's Urls from the stored base addresses and <see cref="ServiceUrlSettings"/>' templates (parsed once).</summary>
public sealed class ServiceUrlBuilder
{
    private readonly (ServiceUrlType Type, string Template)[] _templates;

    public ServiceUrlBuilder(IOptions<ServiceUrlSettings> settings) =>
        _templates = Enum.GetValues<ServiceUrlType>()
            .Where(t => settings.Value.Templates.ContainsKey(t.ToString()))
            .Select(t => (t, settings.Value.Templates[t.ToString()]))
            .Where(t => !string.IsNullOrWhiteSpace(t.Item2))
            .ToArray();

    /// <summary>The service's URLs; null when it has none (no base address is known yet). A template needing a value that is missing (a base address, or the primary domain of a service without one) is left out.</summary>
    public Dictionary<ServiceUrlType, string>? Build(string? servicesApiBaseUrl, string? siteEndpointUrl, string serviceCode, string? primaryDomain)
    {
        var values = new Dictionary<string, string?>
        {
            ["{ServicesApiBaseUrl}"] = servicesApiBaseUrl?.TrimEnd('/'),
            ["{SiteEndpointUrl}"] = siteEndpointUrl?.TrimEnd('/'),
            ["{ServiceCode}"] = Uri.EscapeDataString(serviceCode),
            ["{PrimaryDomain}"] = primaryDomain,
        };
        Dictionary<ServiceUrlType, string>? urls = null;
        foreach (var (type, template) in _templates)
        {
            var url = template;
            var complete = true;
            foreach (var (placeholder, value) in values)
            {
                if (!url.Contains(placeholder, StringComparison.Ordinal)) continue;
                if (string.IsNullOrEmpty(value)) { complete = false; break; }
                url = url.Replace(placeholder, value, StringComparison.Ordinal);
            }
            if (complete) (urls ??= [])[type] = url;
        }
        return urls;
    }
}
