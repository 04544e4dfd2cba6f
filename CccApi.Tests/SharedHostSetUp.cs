using CccApi.Tests.Infrastructure;

namespace CccApi.Tests;

/// <summary>
/// Starts the shared host once for the run. A SetUpFixture applies to its own namespace and those
/// below it, so it lives in the root namespace of the test assembly.
/// </summary>
[SetUpFixture]
public sealed class SharedHostSetUp
{
    [OneTimeSetUp]
    public void Start() => SharedHost.Start();

    [OneTimeTearDown]
    public Task Stop() => SharedHost.StopAsync();
}
