using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Framework;

/// <summary>A host that also serves the test-only echo API, shared by the framework tests of one class.</summary>
public abstract class EchoHostTest
{
    private TestHost _host = null!;

    protected ApiClient Client { get; private set; } = null!;

    /// <summary>A client without credentials, on the same host.</summary>
    protected ApiClient AnonymousClient { get; private set; } = null!;

    protected virtual string Environment => "Production";

    /// <summary>Settings beyond the echo API's, for fixtures that test one.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost(new TestHostOptions
        {
            Environment = Environment,
            Settings = new Dictionary<string, string>(Settings)
            {
                ["ServiceHost:AdditionalAssemblies:0"] = typeof(EchoHostTest).Assembly.GetName().Name!,
            },
        });
        Client = _host.CreateClient();
        AnonymousClient = _host.CreateAnonymousClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        Client.Dispose();
        AnonymousClient.Dispose();
        await _host.DisposeAsync();
    }

    protected static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
}
