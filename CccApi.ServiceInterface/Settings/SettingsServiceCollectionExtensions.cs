using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccApi.ServiceInterface.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>Setting keys and values with their cache (the cache itself comes from AddCccCaches).</summary>
    public static IServiceCollection AddCccSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SettingsOptions>(configuration.GetSection(SettingsOptions.SectionName));
        services.TryAddSingleton<SettingsCache>();
        services.TryAddScoped<SettingKeyCatalog>();
        services.TryAddScoped<SettingStore>();
        services.TryAddScoped<SettingHolders>();
        return services;
    }
}
