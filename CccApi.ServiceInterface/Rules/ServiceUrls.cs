using System.Net;
using System.Net.Sockets;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The URLs the API stores and others will call (site endpoints, services API base URLs): absolute https,
/// no user info, no link-local address (such as the cloud metadata service at 169.254.169.254), at most
/// 2,048 characters; http only to a loopback address, and only when the setting allows it.
/// </summary>
public static class ServiceUrls
{
    public const int MaxLength = 2048;

    public static bool IsAcceptable(string? text, bool allowHttpToLoopback)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength) return false;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return false;
        if (uri.UserInfo.Length > 0 || uri.Host.Length == 0) return false;
        var isLoopback = uri.IsLoopback;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && isLoopback && allowHttpToLoopback)) return false;
        return !IsLinkLocal(uri);
    }

    private static bool IsLinkLocal(Uri uri)
    {
        if (uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6)) return false;
        if (!IPAddress.TryParse(uri.DnsSafeHost, out var address)) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? address.IsIPv6LinkLocal
            : address.GetAddressBytes() is [169, 254, _, _];
    }
}
