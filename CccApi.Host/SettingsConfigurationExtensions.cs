using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CccApi.Host;

internal static class SettingsConfigurationExtensions
{
    /// <summary>
    /// Loads the repository-root appsettings.json that the build copies beside the host, as the
    /// lowest-priority source, so the settings apply whatever the working directory is; the
    /// content root's own files, environment variables and the command line still override it.
    /// </summary>
    public static IConfigurationBuilder AddHostDirectorySettings(this IConfigurationBuilder configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        configuration.Sources.Insert(0, source);
        return configuration;
    }
}
