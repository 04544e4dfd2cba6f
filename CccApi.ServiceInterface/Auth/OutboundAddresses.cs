using System.Net;
using System.Net.Sockets;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// Which addresses this host may open outbound connections to on a caller's behalf. Checked on the addresses a
/// connection actually uses (after DNS resolution, in the connect callback), so a name that resolves to an internal
/// address, first or on a later lookup (DNS rebinding), is refused like the literal address.
/// </summary>
public static class OutboundAddresses
{
    public enum Kind
    {
        Public,

        /// <summary>Loopback, private (RFC 1918), shared (100.64/10) and unique-local (fc00::/7): reachable when the setting allows.</summary>
        PrivateNetwork,

        /// <summary>Link-local, multicast, unspecified, broadcast and reserved: never a messaging platform.</summary>
        Forbidden,
    }

    public static Kind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return Classify(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => Kind.Forbidden,
        };
    }

    public static bool IsAllowed(IPAddress address, bool allowPrivateNetwork) => Classify(address) switch
    {
        Kind.Public => true,
        Kind.PrivateNetwork => allowPrivateNetwork,
        _ => false,
    };

    private static Kind ClassifyV4(byte[] b) => b switch
    {
        [0, _, _, _] => Kind.Forbidden,
        [127, _, _, _] or [10, _, _, _] => Kind.PrivateNetwork,
        [100, >= 64 and <= 127, _, _] => Kind.PrivateNetwork,
        [172, >= 16 and <= 31, _, _] or [192, 168, _, _] => Kind.PrivateNetwork,
        [169, 254, _, _] => Kind.Forbidden,
        // IETF protocol assignments (192.0.0/24) and the benchmarking range (198.18/15).
        [192, 0, 0, _] or [198, 18 or 19, _, _] => Kind.Forbidden,
        // Multicast (224/4), reserved (240/4) and broadcast.
        [>= 224, _, _, _] => Kind.Forbidden,
        _ => Kind.Public,
    };

    private static Kind ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback)) return Kind.PrivateNetwork;
        if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
            return Kind.Forbidden;
        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) return Kind.PrivateNetwork;
        // An IPv4 address inside IPv6 (IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as that address.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return ClassifyV4(b[12..]);
        if (b is [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0, ..]) return ClassifyV4(b[12..]);
        if (b is [0x20, 0x02, ..]) return ClassifyV4(b[2..6]);
        return Kind.Public;
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host itself and connects only to an
    /// allowed address; when none is, it fails with <see cref="OutboundAddressRefusedException"/> before any packet
    /// reaches the target.
    /// </summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(Func<bool> allowPrivateNetwork) =>
        async (context, ct) =>
        {
            var endPoint = context.DnsEndPoint;
            var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(endPoint.Host, ct);
            var allowPrivate = allowPrivateNetwork();
            var allowed = addresses.Where(a => IsAllowed(a, allowPrivate)).ToArray();
            if (allowed.Length == 0) throw new OutboundAddressRefusedException(endPoint.Host);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, endPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}

/// <summary>The target's every address is one this host may not connect to.</summary>
public sealed class OutboundAddressRefusedException(string host)
    : Exception($"'{host}' resolves only to addresses this host does not connect to (loopback, private, link-local or reserved).");
