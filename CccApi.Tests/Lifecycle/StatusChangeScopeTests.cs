using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.Tests.Lifecycle;

/// <summary>
/// SearchServiceStatusChanges decides a caller's scope on the change's own row (the reseller and partner it copied
/// from its service) instead of reading the service: for every Service rule and scope, that rule must see exactly
/// the changes whose service the Service rule sees.
/// </summary>
public sealed class StatusChangeScopeTests
{
    [Test]
    public async Task The_history_rule_sees_the_changes_of_exactly_the_services_the_service_rule_sees()
    {
        var host = SharedHost.Host;
        using var client = host.CreateSuperUserClient();
        var world = await new Scenario(client).VisibilityWorldAsync();
        ApiAssert.IsOk(await StatusHistory.ChangeAsync(client, world.First.Service, "AccountSuspended"));
        ApiAssert.IsOk(await StatusHistory.ChangeAsync(client, world.Cousin.Service, "AccountSuspended"));
        var services = world.Services;

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var seen = 0;
        foreach (var rule in Enum.GetValues<ServiceRule>())
            foreach (var scopeId in world.Scopes)
            {
                var visibleServices = db.Services.Where(ServiceRuleExpression(rule).For(scopeId));
                var throughService = await db.ServiceStatusChanges.Where(c => services.Contains(c.ServiceId))
                    .Where(c => visibleServices.Any(s => s.Id == c.ServiceId)).Select(c => c.Id).ToListAsync();
                var onTheRow = await db.ServiceStatusChanges.Where(c => services.Contains(c.ServiceId))
                    .Where(StatusChangeRuleExpression(rule).For(scopeId)).Select(c => c.Id).ToListAsync();

                Assert.That(onTheRow.Order().ToList(), Is.EqualTo(throughService.Order().ToList()), $"rule {rule}, scope {Array.IndexOf(world.Scopes, scopeId)}");
                seen += throughService.Count;
            }
        Assert.That(seen, Is.GreaterThan(0), "some rules saw some changes");
    }
}
