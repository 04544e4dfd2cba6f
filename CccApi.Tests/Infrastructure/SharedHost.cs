namespace CccApi.Tests.Infrastructure;

/// <summary>
/// The host most tests share for the whole run (one start-up, one database). Tests keep apart by
/// creating their own partners, resellers and services. Started and stopped by
/// <see cref="CccApi.Tests.SharedHostSetUp"/>, which sits in the root namespace so that it covers every test.
/// </summary>
public static class SharedHost
{
    private static TestHost? _host;

    public static TestHost Host => _host ?? throw new InvalidOperationException("The shared host has not started.");

    internal static void Start() => _host ??= new TestHost();

    internal static async Task StopAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _host = null;
    }
}

/// <summary>Base class for tests against the shared host: a client acting as the fixture's caller.</summary>
public abstract class ApiTest
{
    protected ApiClient Client { get; private set; } = null!;

    protected Scenario Given { get; private set; } = null!;

    [SetUp]
    public void CreateClient()
    {
        Client = SharedHost.Host.CreateClient();
        Given = new Scenario(Client);
    }

    [TearDown]
    public void DisposeClient() => Client.Dispose();
}
