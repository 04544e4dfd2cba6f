using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ServiceStackCompat.Proxies;

/// <summary>
/// ASP.NET Core's forwarded-headers settings from <see cref="ServiceHostOptions.KnownProxies"/> and
/// <see cref="ServiceHostOptions.KnownNetworks"/>: <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// honoured only from those addresses. ASP.NET's own defaults (loopback) are cleared, so by default no
/// caller, not even one on this machine, can name another client address or claim https.
/// </summary>
internal static class TrustedProxies
{
    /// <summary>The middleware's settings, or null when no proxy is known: its middleware then must not run, since with both lists empty it would honour the headers from anyone.</summary>
    public static ForwardedHeadersOptions? ForwardedHeadersOptions(ServiceHostOptions options)
    {
        if (options.KnownProxies.Length == 0 && options.KnownNetworks.Length == 0) return null;
        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Entries are taken from the right while the address that added them is a known proxy, so a
            // chain of known proxies works and whatever the client wrote itself further left is never read.
            ForwardLimit = null,
        };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in options.KnownProxies)
            forwarded.KnownProxies.Add(ParseAddress(proxy));
        foreach (var network in options.KnownNetworks)
            forwarded.KnownIPNetworks.Add(ParseNetwork(network));
        return forwarded;
    }

    private static IPAddress ParseAddress(string text) =>
        IPAddress.TryParse(text.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{ServiceHostOptions.SectionName}:{nameof(ServiceHostOptions.KnownProxies)}: '{text}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string text) =>
        System.Net.IPNetwork.TryParse(text.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{ServiceHostOptions.SectionName}:{nameof(ServiceHostOptions.KnownNetworks)}: '{text}' is not a network in CIDR notation (such as 10.0.0.0/8).");
}
