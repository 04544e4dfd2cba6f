using System.Net.Http.Headers;
using System.Security.Cryptography;
using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data.Entities;
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
            builder.UseSetting(BootstrapSuperUser.EmailKey, SuperUserEmail);
            builder.UseSetting(BootstrapSuperUser.PasswordKey, SuperUserPassword);
            builder.UseSetting(BootstrapSuperUser.ApiKeyKey, SuperUserApiKey);
            // Tests make thousands of requests a minute with one key from one address; the 429 test lowers these again.
            builder.UseSetting("ServiceHost:RateLimit:PermitLimitPerCaller", "1000000");
            builder.UseSetting("ServiceHost:RateLimit:PermitLimitPerAddress", "1000000");
            // Likewise sign-ins (every in-process request comes from one unknown address) and concurrent
            // password hashing; the tests of those limits lower them again.
            builder.UseSetting("Authentication:SignInLimitPerAddress", "1000000");
            builder.UseSetting("Authentication:SignInFailureLimitPerAccountAndAddress", "1000000");
            builder.UseSetting("Authentication:MaxConcurrentPasswordChecks", "256");
            builder.UseSetting("PublicOperations:RequestsPerAddressPerMinute", "1000000");
            builder.UseSetting("PublicOperations:RequestsPerEmailPerMinute", "1000000");
            // One SuperUser creates every test's keys and objects on the shared host; QuotaTests lowers these again.
            foreach (var quota in new[] { "SkusPerService", "SkuBundlesPerPartner", "CollectionsPerReseller", "AdminUsersPerTenant", "ApiKeysPerAdminUser" })
                builder.UseSetting($"Quotas:{quota}", "1000000");
            foreach (var (key, value) in Options.Settings) builder.UseSetting(key, value);
            // A free loopback port, never the configured 5000 a developer's own host may be using.
            if (Options.ListenOnLoopback) builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(Logs);
                logging.SetMinimumLevel(LogLevel.Debug);
            });
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

    /// <summary>The SuperUser the host bootstraps from its settings, as the environment variables would.</summary>
    public string SuperUserEmail { get; } = "superuser@tests.invalid";

    public string SuperUserPassword { get; } = "pw-" + RandomText();

    public string SuperUserApiKey { get; } = SecretTokens.ApiKeyPrefix + "test" + RandomText();

    /// <summary>A client acting as the fixture's caller: the SuperUser, or the Reseller admin when <see cref="TestHostOptions.CallerIsSuperUser"/> is false.</summary>
    public ApiClient CreateClient() => CreateClient(Options.CallerIsSuperUser ? SuperUserApiKey : OrdinaryCallerApiKey);

    /// <summary>A client acting as the bootstrapped SuperUser, whatever the fixture's caller is.</summary>
    public ApiClient CreateSuperUserClient() => CreateClient(SuperUserApiKey);

    /// <summary>A client that sends the API key as <c>Authorization: Bearer</c>.</summary>
    public ApiClient CreateClient(string apiKey)
    {
        var http = CreateRawClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return new ApiClient(http);
    }

    /// <summary>A client without credentials.</summary>
    public ApiClient CreateAnonymousClient() => new(CreateRawClient());

    /// <summary>Creates an admin user of the given type with an API key, as the admin operations would, and returns the key.</summary>
    public async Task<string> CreateAdminApiKeyAsync(AdminUserType type, Guid? scopeId, string? password = null) =>
        (await CreateAdminAsync(type, scopeId, password)).ApiKey;

    /// <summary>As <see cref="CreateAdminApiKeyAsync"/>, also answering the new user's id.</summary>
    public async Task<(Guid UserId, string ApiKey)> CreateAdminAsync(AdminUserType type, Guid? scopeId, string? password = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        var user = await accounts.CreateUserAsync($"{type.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@tests.invalid", password, type, scopeId, default);
        var issued = await accounts.IssueApiKeyAsync(user.Id, "tests", null, default)
            ?? throw new InvalidOperationException("A user created a moment ago was not active.");
        return (user.Id, issued.Key);
    }

    /// <summary>The bootstrap SuperUser's id.</summary>
    public async Task<Guid> SuperUserIdAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        return (await accounts.FindByEmailAsync(SuperUserEmail, default))!.Id;
    }

    /// <summary>A Reseller admin's key; its scope is a random reseller Guid, so it sees only objects created under that scope.</summary>
    private string OrdinaryCallerApiKey => _ordinaryCallerApiKey ??= CreateAdminApiKeyAsync(AdminUserType.Reseller, Guid.NewGuid()).GetAwaiter().GetResult();

    private string? _ordinaryCallerApiKey;

    private static string RandomText() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>
    /// A client with no identity of its own, for raw protocol tests on public paths. It keeps cookies (a
    /// session cookie from a sign-in) unless <paramref name="handleCookies"/> is false.
    /// </summary>
    public HttpClient CreateRawClient(bool handleCookies = true)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies };
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

    /// <summary>Whether the fixture's caller is the SuperUser (the default); false for a Reseller admin.</summary>
    public bool CallerIsSuperUser { get; init; } = true;
}
