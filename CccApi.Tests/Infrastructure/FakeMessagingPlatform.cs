using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// A messaging platform on a real Kestrel server at 127.0.0.1:{free port}, answering the README's session check
/// (<c>GET /ccc/session?serviceGuid=</c>, token as <c>Authorization: Bearer</c>) from the tokens a test registers.
/// Tokens it was not given are 401; the special ones answer 403, 500, a body that is not JSON, or too late.
/// </summary>
public sealed class FakeMessagingPlatform : IAsyncDisposable
{
    public const string ForbiddenToken = "platform-403";
    public const string FailingToken = "platform-500";
    public const string GarbageToken = "platform-garbage";
    public const string SlowToken = "platform-slow";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, object> _sessions = new();
    private readonly ConcurrentDictionary<Guid, string> _openServices = new();

    private FakeMessagingPlatform(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request the platform received: its path and query, and its Authorization header.</summary>
    public ConcurrentQueue<(string PathAndQuery, string? Authorization)> Requests { get; } = new();

    public static async Task<FakeMessagingPlatform> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new FakeMessagingPlatform(app);
        app.MapGet("/ccc/session", (Func<HttpContext, Task<IResult>>)platform.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        platform.BaseAddress = new Uri(address);
        return platform;
    }

    /// <summary>A new token the platform accepts as a session of <paramref name="email"/> on <paramref name="serviceGuid"/>.</summary>
    public string Issue(Guid serviceGuid, string email, bool isAdmin = true)
    {
        var token = "msg-" + Guid.NewGuid().ToString("N");
        _sessions[token] = new { serviceGuid, email, isAdmin };
        return token;
    }

    /// <summary>From now on every token not otherwise special is a session of <paramref name="adminEmail"/>, as an administrator, on the service.</summary>
    public void Open(Guid serviceGuid, string adminEmail) => _openServices[serviceGuid] = adminEmail;

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        Requests.Enqueue((context.Request.Path + context.Request.QueryString, authorization));
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : "";
        switch (token)
        {
            case ForbiddenToken:
                return Results.StatusCode(403);
            case FailingToken:
                return Results.StatusCode(500);
            case GarbageToken:
                return Results.Text("<html>maintenance</html>", "text/html");
            case SlowToken:
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                return Results.StatusCode(500);
        }
        if (_sessions.TryGetValue(token, out var session)) return Results.Json(session);
        return Guid.TryParse(context.Request.Query["serviceGuid"], out var serviceGuid) && _openServices.TryGetValue(serviceGuid, out var email)
            ? Results.Json(new { serviceGuid, email, isAdmin = true })
            : Results.StatusCode(401);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A TCP port that counts the connections made to it, accepting none: to show nobody tried.</summary>
public sealed class ListeningPort : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public ListeningPort() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Whether a connection arrived (the kernel completes the handshake before the host could answer).</summary>
    public bool WasConnected => _listener.Pending();

    public void Dispose() => _listener.Dispose();
}
