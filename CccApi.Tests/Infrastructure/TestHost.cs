using CccApi.ServiceInterface.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// One in-process CccApi host on its own database. It owns the database and the caller's identity,
/// so every test talks to the API the way a real caller does.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public TestHost(TestHostOptions? options = null)
    {
        Options = options ?? new TestHostOptions();
        Database = Options.Database ?? TestDatabase.CreateDefault();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(Options.Environment);
            foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
            foreach (var (key, value) in Options.Settings) builder.UseSetting(key, value);
            // A free loopback port, never the configured 5000 a developer's own host may be using.
            if (Options.ListenOnLoopback) builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(Logs);
                logging.SetMinimumLevel(LogLevel.Debug);
            });
            // The caller's identity is the fixture's to decide. Until authentication exists it is a
            // registration; the auth work replaces this with signing in as such a user.
            if (!Options.CallerIsSuperUser)
                builder.ConfigureTestServices(services => services.AddScoped<ICallerContext, OrdinaryCaller>());
            if (Options.ConfigureServices is { } configure)
                builder.ConfigureTestServices(configure);
        });
        if (Options.ListenOnLoopback)
        {
            _factory.UseKestrel();
            _factory.StartServer();
            BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features
                .Get<IServerAddressesFeature>()!.Addresses.First().Replace("localhost", "127.0.0.1"));
        }
    }

    /// <summary>The loopback address Kestrel listens on, when <see cref="TestHostOptions.ListenOnLoopback"/> is set.</summary>
    public Uri? BaseAddress { get; }

    public TestHostOptions Options { get; }

    public TestDatabase Database { get; }

    /// <summary>Everything the host logged, for tests that check what is (not) written to logs.</summary>
    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client acting as the fixture's caller.</summary>
    public ApiClient CreateClient() => new(CreateRawClient());

    /// <summary>A client with no identity of its own, for raw protocol tests.</summary>
    public HttpClient CreateRawClient()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        if (BaseAddress is not null) options.BaseAddress = BaseAddress;
        return _factory.CreateClient(options);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Options.Database is null) Database.Dispose();
    }
}

public sealed class TestHostOptions
{
    /// <summary>Production unless a test needs otherwise: tests see what production callers see.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>A database to reuse (e.g. to restart a host on the same file); null creates a fresh one.</summary>
    public TestDatabase? Database { get; init; }

    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Serve on a real loopback port (Kestrel) for clients outside this process: Node, Chromium.</summary>
    public bool ListenOnLoopback { get; init; }

    /// <summary>Extra registrations for tests that reach inside the host (e.g. an EF Core interceptor that simulates a race).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Whether the fixture's caller is a SuperUser (the default); false for a caller without SuperUser rights.</summary>
    public bool CallerIsSuperUser { get; init; } = true;
}

internal sealed class OrdinaryCaller : ICallerContext
{
    public bool IsSuperUser => false;
}
