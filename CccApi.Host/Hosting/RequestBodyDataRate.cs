using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CccApi.Host.Hosting;

/// <summary>
/// Kestrel's minimum request body data rate, from Kestrel:Limits:MinRequestBodyDataRate:BytesPerSecond and
/// :GracePeriod (Kestrel reads its endpoints from configuration, not its limits). A body that arrives slower,
/// after the grace period (a client that sent less than its Content-Length and stalls), is answered 408.
/// Either value left out keeps Kestrel's default: 240 bytes/s after 5 seconds.
/// </summary>
internal static class RequestBodyDataRate
{
    public const string SectionName = "Kestrel:Limits:MinRequestBodyDataRate";

    public static IWebHostBuilder UseConfiguredRequestBodyDataRate(this IWebHostBuilder webHost) =>
        webHost.ConfigureKestrel((context, kestrel) =>
        {
            var section = context.Configuration.GetSection(SectionName);
            if (!section.Exists()) return;
            var defaults = kestrel.Limits.MinRequestBodyDataRate ?? new MinDataRate(240, TimeSpan.FromSeconds(5));
            // MinDataRate refuses a negative rate or a grace period of a second or less (Kestrel checks once a second), naming the value.
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(
                section.GetValue("BytesPerSecond", defaults.BytesPerSecond),
                section.GetValue("GracePeriod", defaults.GracePeriod));
        });
}
