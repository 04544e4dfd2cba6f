using System.Net;
using System.Net.Sockets;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// Clients whose connections to a host listening on loopback (<see cref="TestHostOptions.ListenOnLoopback"/>)
/// come from a chosen 127.x address, so the host sees distinct client addresses over real sockets.
/// </summary>
public static class LoopbackClients
{
    public static HttpClient From(TestHost host, IPAddress local)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = host.BaseAddress };
    }
}
