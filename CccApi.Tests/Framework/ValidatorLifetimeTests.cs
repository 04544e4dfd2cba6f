using System.Net;
using CccApi.ServiceModel;
using CccApi.Tests.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Framework;

/// <summary>
/// A validator without dependencies is built once for the host (its rules are built in its constructor)
/// and shared by concurrent requests, each of which still gets its own verdict.
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
}
