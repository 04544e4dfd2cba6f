using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Pipeline;

namespace CccApi.Tests.Fuzz;

/// <summary>The fuzz suite's "reached a service" measure: the dispatcher's observer hook fires only for requests a service method runs.</summary>
[Category("Fuzz")]
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class InvocationCounterTests
{
    [Test]
    public async Task Only_requests_past_authentication_binding_and_validation_are_counted()
    {
        var counter = new InvocationCounter();
        await using var host = new TestHost(new TestHostOptions
        {
            ConfigureServices = services => services.AddSingleton<IServiceInvocationObserver>(counter),
        });
        using var client = host.CreateSuperUserClient();
        using var anonymous = host.CreateAnonymousClient();

        var name = Scenario.Unique("P ");
        var unauthenticated = await anonymous.PostAsync("/api/partners", new { name });
        var unbound = await client.PostAsync("/api/partners", "{\"name\":");
        var invalid = await client.PostAsync("/api/partners", new { name = "" });
        var created = await client.PostAsync("/api/partners", new { name });
        var taken = await client.PostAsync("/api/partners", new { name });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { unauthenticated.StatusCode, unbound.StatusCode, invalid.StatusCode, created.StatusCode, taken.StatusCode },
                Is.EqualTo(new[] { 401, 400, 400, 200, 409 }));
            Assert.That(counter.For("CreatePartner"), Is.EqualTo(2), "only the created partner and the name already taken (a rule in the service) reached it");
        }
    }
}
