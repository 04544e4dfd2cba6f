using System.Net;
using CccApi.ServiceModel;
using CccApi.Tests.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CccApi.Tests.Framework;

/// <summary>
/// A validator without dependencies, or with singleton ones only (options, the clock), is built once for the host (its
/// rules are built in its constructor) and shared by concurrent requests, each of which still gets its own verdict.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class ValidatorLifetimeTests
{
    [Test]
    public async Task A_validator_without_dependencies_is_built_once_and_judges_concurrent_requests_apart()
    {
        await using var host = new TestHost();
        IValidator<CreateServiceSku> Resolve()
        {
            using var scope = host.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<IValidator<CreateServiceSku>>();
        }
        var first = Resolve();
        var second = Resolve();
        Assert.That(second, Is.SameAs(first));

        using var client = host.CreateClient();
        var given = new Scenario(client);
        var service = await given.ServiceAsync((await given.ResellerWithCollectionAsync()).Reseller);
        var results = await SimultaneousCalls.RunAsync(40, i => client.PostAsync($"/api/services/{service:N}/skus",
            i % 2 == 0 ? new { name = $"Sku {i}", unitPrice = 1m } : new { name = $"Sku {i}", unitPrice = -1m }));

        for (var i = 0; i < results.Length; i++)
        {
            if (i % 2 == 0)
                Assert.That(results[i].Status, Is.EqualTo(HttpStatusCode.OK), results[i].ToString());
            else
                ApiAssert.IsError(results[i], HttpStatusCode.BadRequest, "GreaterThanOrEqual", "UnitPrice");
        }
    }

    [Test]
    public async Task A_validator_taking_the_clock_is_built_once_and_judges_by_the_clock_of_each_request()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));
        await using var host = new TestHost(new TestHostOptions { ConfigureServices = services => services.AddSingleton<TimeProvider>(clock) });
        IValidator<GetResellerServiceUserCountReport> Resolve()
        {
            using var scope = host.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<IValidator<GetResellerServiceUserCountReport>>();
        }
        var first = Resolve();
        Assert.That(Resolve(), Is.SameAs(first));

        using var client = host.CreateClient();
        var reseller = await new Scenario(client).ResellerAsync();
        var aprilOnwards = $"/api/resellers/{reseller:N}/serviceusercountreport?StartPeriod=2026-04-01";
        ApiAssert.IsError(await client.GetAsync(aprilOnwards), HttpStatusCode.BadRequest, "LessThanOrEqual", "StartPeriod");

        clock.Advance(TimeSpan.FromDays(20)); // April 4th: April is this month now
        var answer = await client.GetAsync(aprilOnwards);
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
    }
}
