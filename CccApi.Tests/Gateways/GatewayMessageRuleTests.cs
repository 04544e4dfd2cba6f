using System.Net;
using CccApi.Tests.Infrastructure;
using static CccApi.Tests.Gateways.GatewayWorld;

namespace CccApi.Tests.Gateways;

/// <summary>
/// A gateway's message rules for a service: kept in order (inserted, moved and removed without gaps), each field checked
/// as the page types it, MatchExpression compiled as the gateway compiles it; listed in pages and read one at a time.
/// </summary>
public sealed class GatewayMessageRuleTests : ApiTest
{
    [Test]
    public async Task Rules_keep_their_order_through_inserts_moves_and_removals()
    {
        var (gateway, service) = await GatewayAndServiceAsync();
        var a = await RuleAsync(Client, gateway, service, "^a");
        var b = await RuleAsync(Client, gateway, service, "^b");
        var c = await RuleAsync(Client, gateway, service, "^c", position: 1);
        Assert.That(await OrderAsync(gateway, service), Is.EqualTo(new[] { c, a, b }));

        ApiAssert.IsOk(await Client.PutAsync($"{Rules(gateway, service)}/{c:N}", new { position = 3 }));
        Assert.That(await OrderAsync(gateway, service), Is.EqualTo(new[] { a, b, c }));
        ApiAssert.IsOk(await Client.PutAsync($"{Rules(gateway, service)}/{b:N}", new { position = 1 }));
        Assert.That(await OrderAsync(gateway, service), Is.EqualTo(new[] { b, a, c }));

        ApiAssert.IsOk(await Client.DeleteAsync($"{Rules(gateway, service)}/{b:N}"));
        Assert.That(await OrderAsync(gateway, service), Is.EqualTo(new[] { a, c }));
        var d = await RuleAsync(Client, gateway, service, "^d", position: 2);
        Assert.That(await OrderAsync(gateway, service), Is.EqualTo(new[] { a, d, c }));
        ApiAssert.IsError(await Client.GetAsync($"{Rules(gateway, service)}/{b:N}"), HttpStatusCode.NotFound, "NotFound", "MessageRuleGuid");

        ApiAssert.IsError(await Client.PostAsync(Rules(gateway, service), new { matchExpression = "x", position = 5 }), HttpStatusCode.BadRequest, "InvalidPosition", "Position");
        ApiAssert.IsError(await Client.PutAsync($"{Rules(gateway, service)}/{a:N}", new { position = 4 }), HttpStatusCode.BadRequest, "InvalidPosition", "Position");
        Assert.That(await OrderAsync(gateway, service), Is.EqualTo(new[] { a, d, c }), "a refused change changes nothing");
    }

    [Test]
    public async Task A_rule_reads_back_as_written_and_changes_only_what_is_sent()
    {
        var (gateway, service) = await GatewayAndServiceAsync();
        var created = await Client.PostAsync(Rules(gateway, service),
            new { matchExpression = @"^(?<user>[^@]+)@example\.com$", description = " Internal ", cost = 9_000_000_000L, enabled = false, checkNextRuleIf = 2 });
        ApiAssert.IsOk(created);
        var rule = created.Guid("messageRuleGuid");

        var read = await Client.GetAsync($"{Rules(gateway, service)}/{rule:N}");
        ApiAssert.IsOk(read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Guid("gatewayGuid"), Is.EqualTo(gateway));
            Assert.That(read.Guid("serviceGuid"), Is.EqualTo(service));
            Assert.That(read.Text("matchExpression"), Is.EqualTo(@"^(?<user>[^@]+)@example\.com$"));
            Assert.That(read.Text("description"), Is.EqualTo("Internal"));
            Assert.That(read.Json["cost"]!.GetValue<long>(), Is.EqualTo(9_000_000_000L));
            Assert.That(read.Json["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That(read.Json["checkNextRuleIf"]!.GetValue<int>(), Is.EqualTo(2));
        }

        var changed = await Client.PutAsync($"{Rules(gateway, service)}/{rule:N}", new { enabled = true, checkNextRuleIf = 0 });
        ApiAssert.IsOk(changed);
        Assert.That((changed.Json["enabled"]!.GetValue<bool>(), changed.Json["checkNextRuleIf"]!.GetValue<int>(), changed.Text("description"), changed.Json["cost"]!.GetValue<long>()),
            Is.EqualTo((true, 0, "Internal", 9_000_000_000L)));

        var defaults = await Client.PostAsync(Rules(gateway, service), new { matchExpression = "x" });
        Assert.That((defaults.Json["enabled"]!.GetValue<bool>(), defaults.Json["checkNextRuleIf"]!.GetValue<int>(), defaults.Json["cost"]!.GetValue<long>()),
            Is.EqualTo((true, 0, 0L)));
    }

    [Test]
    public async Task Fields_are_checked_and_the_expression_must_compile()
    {
        var (gateway, service) = await GatewayAndServiceAsync();
        var rules = Rules(gateway, service);
        ApiAssert.IsError(await Client.PostAsync(rules, new { matchExpression = "(unclosed" }), HttpStatusCode.BadRequest, "InvalidRegularExpression", "MatchExpression");
        ApiAssert.IsError(await Client.PostAsync(rules, new { description = "no expression" }), HttpStatusCode.BadRequest, "NotEmpty", "MatchExpression");
        ApiAssert.IsError(await Client.PostAsync(rules, new { matchExpression = new string('a', 1001) }), HttpStatusCode.BadRequest, "MaximumLength", "MatchExpression");
        ApiAssert.IsError(await Client.PostAsync(rules, new { matchExpression = "x", checkNextRuleIf = 4 }), HttpStatusCode.BadRequest, "InvalidValue", "CheckNextRuleIf");
        ApiAssert.IsError(await Client.PostAsync(rules, new { matchExpression = "x", cost = -1 }), HttpStatusCode.BadRequest, "GreaterThanOrEqual", "Cost");
        ApiAssert.IsError(await Client.PostAsync(rules, new { matchExpression = "x", description = new string('d', 201) }), HttpStatusCode.BadRequest, "MaximumLength", "Description");
        ApiAssert.IsError(await Client.PostAsync(rules, new { matchExpression = "x", position = 0 }), HttpStatusCode.BadRequest, "GreaterThanOrEqual", "Position");

        var rule = await RuleAsync(Client, gateway, service);
        ApiAssert.IsError(await Client.PutAsync($"{rules}/{rule:N}", new { matchExpression = "[z-a]" }), HttpStatusCode.BadRequest, "InvalidRegularExpression", "MatchExpression");
        ApiAssert.IsError(await Client.PutAsync($"{rules}/{rule:N}", new { matchExpression = "" }), HttpStatusCode.BadRequest, "NotEmpty", "MatchExpression");
        Assert.That((await Client.GetAsync($"{rules}/{rule:N}")).Text("matchExpression"), Is.EqualTo("^spam"));
        Assert.That(await OrderAsync(gateway, service), Has.Count.EqualTo(1), "no refused rule was stored");
    }

    [Test]
    public async Task Rules_are_paged_in_order_and_belong_to_one_gateway_and_service()
    {
        var (gateway, service) = await GatewayAndServiceAsync();
        var otherGateway = await RegisterAsync(Client);
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++) created.Add(await RuleAsync(Client, gateway, service, $"^r{i}"));
        var foreign = await RuleAsync(Client, otherGateway, service);

        var page = await Client.GetAsync($"{Rules(gateway, service)}?page=2&pageSize=2");
        ApiAssert.IsOk(page);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((page.Json["currentPage"]!.GetValue<int>(), page.Json["pageSize"]!.GetValue<int>(), page.Json["totalItems"]!.GetValue<int>(), page.Json["totalPages"]!.GetValue<int>()),
                Is.EqualTo((2, 2, 5, 3)));
            Assert.That(page.Json["results"]!.AsArray().Select(r => Guid.Parse(r!.Str("messageRuleGuid")!)), Is.EqualTo(created.Skip(2).Take(2)));
        }
        Assert.That((await Client.GetAsync(Rules(gateway, service))).Json["pageSize"]!.GetValue<int>(), Is.EqualTo(25));
        ApiAssert.IsError(await Client.GetAsync($"{Rules(gateway, service)}?pageSize=101"), HttpStatusCode.BadRequest, "InclusiveBetween", "PageSize");
        ApiAssert.IsError(await Client.GetAsync($"{Rules(gateway, service)}/{foreign:N}"), HttpStatusCode.NotFound, "NotFound", "MessageRuleGuid");
        ApiAssert.IsError(await Client.DeleteAsync($"{Rules(gateway, service)}/{foreign:N}"), HttpStatusCode.NotFound, "NotFound", "MessageRuleGuid");
    }

    [Test]
    public async Task Concurrent_additions_take_distinct_places()
    {
        var (gateway, service) = await GatewayAndServiceAsync();
        var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Client.PostAsync(Rules(gateway, service), new { matchExpression = $"^c{i}" })));
        foreach (var result in added) ApiAssert.IsOk(result);
        var order = await OrderAsync(gateway, service);
        Assert.That(order, Is.EquivalentTo(added.Select(r => r.Guid("messageRuleGuid"))));

        var positions = await ServiceUsers.ServiceUserTests.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.GatewayMessageRules.Where(r => r.GatewayId == gateway).OrderBy(r => r.Position).Select(r => r.Position)), SharedHost.Host);
        Assert.That(positions, Is.EqualTo(Enumerable.Range(1, 8)));
    }

    [Test]
    public async Task Rules_per_gateway_and_service_are_limited()
    {
        await using var host = new TestHost(new TestHostOptions { Settings = { ["Quotas:MessageRulesPerGatewayService"] = "2" } });
        using var superUser = host.CreateSuperUserClient();
        var service = (await new Scenario(superUser).ServiceUnderPartnerAsync()).Service;
        var gateway = await RegisterAsync(superUser);
        await RuleAsync(superUser, gateway, service);
        var second = await RuleAsync(superUser, gateway, service);
        ApiAssert.IsError(await superUser.PostAsync(Rules(gateway, service), new { matchExpression = "x" }), HttpStatusCode.Conflict, "QuotaExceeded", "ServiceGuid");
        ApiAssert.IsOk(await superUser.DeleteAsync($"{Rules(gateway, service)}/{second:N}"));
        await RuleAsync(superUser, gateway, service);
    }

    private async Task<(Guid Gateway, Guid Service)> GatewayAndServiceAsync() =>
        (await RegisterAsync(Client), (await new Scenario(Client).ServiceUnderPartnerAsync()).Service);

    private async Task<List<Guid>> OrderAsync(Guid gateway, Guid service)
    {
        var listed = await Client.GetAsync($"{Rules(gateway, service)}?pageSize=100");
        ApiAssert.IsOk(listed);
        return [.. listed.Json["results"]!.AsArray().Select(r => Guid.Parse(r!.Str("messageRuleGuid")!))];
    }
}
