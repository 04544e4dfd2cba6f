using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(Logs);
                logging.SetMinimumLevel(LogLevel.Debug);
            });
        });
    }

    public TestHostOptions Options { get; }

    public TestDatabase Database { get; }

    /// <summary>Everything the host logged, for tests that check what is (not) written to logs.</summary>
    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client acting as the fixture's caller.</summary>
    public ApiClient CreateClient() => new(_factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    /// <summary>A client with no identity of its own, for raw protocol tests.</summary>
    public HttpClient CreateRawClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
}
