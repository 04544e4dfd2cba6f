using System.Net;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Operations;

/// <summary>GetPartnerResellers: a partner's resellers, Active ones unless other statuses are asked for.</summary>
public sealed class PartnerResellersTests : ApiTest
{
    [Test]
    public async Task Lists_the_partners_active_resellers_oldest_first_as_reseller_list_items()
    {
        var partner = await Given.PartnerAsync();
        var first = await Given.ResellerAsync(partner);
        var second = await Given.ResellerAsync(partner);
        await Given.ResellerAsync(await Given.PartnerAsync());

        var listed = await Client.GetAsync($"/api/partners/{partner:N}/resellers");

        ApiAssert.IsOk(listed);
        var items = listed.Json.AsArray();
        Assert.That(items.Select(i => i.Str("resellerGuid")), Is.EqualTo(new[] { first.ToString("N"), second.ToString("N") }));
        var read = await Client.GetAsync($"/api/resellers/{first:N}");
        Assert.That(System.Text.Json.Nodes.JsonNode.DeepEquals(items[0], read.Json), Is.True, "the same item GetReseller answers");
    }

    [Test]
    public async Task Disabled_resellers_are_listed_only_when_asked_for()
    {
        var partner = await Given.PartnerAsync();
        var active = await Given.ResellerAsync(partner);
        var disabled = await Given.ResellerAsync(partner);
        await DisableAsync(disabled);

        var byDefault = await Client.GetAsync($"/api/partners/{partner:N}/resellers");
        var disabledOnly = await Client.GetAsync($"/api/partners/{partner:N}/resellers?resellerStatuses=Disabled");
        var both = await Client.GetAsync($"/api/partners/{partner:N}/resellers?resellerStatuses=Active,disabled");
        var bothJsv = await Client.GetAsync($"/api/partners/{partner:N}/resellers?resellerStatuses=[Active,Disabled]");
        var emptyJsv = await Client.GetAsync($"/api/partners/{partner:N}/resellers?resellerStatuses=[]");

        Assert.That(Guids(byDefault), Is.EqualTo(new[] { active }));
        Assert.That(Guids(disabledOnly), Is.EqualTo(new[] { disabled }));
        Assert.That(Guids(both), Is.EqualTo(new[] { active, disabled }));
        Assert.That(Guids(bothJsv), Is.EqualTo(new[] { active, disabled }));
        Assert.That(Guids(emptyJsv), Is.EqualTo(new[] { active }), "an empty list is as none");
    }

    [Test]
    public async Task An_unknown_status_is_a_400_naming_the_field()
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.GetAsync($"/api/partners/{partner:N}/resellers?resellerStatuses=Archived");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "AllowableValues", "ResellerStatuses[0]");
    }

    [Test]
    public async Task More_statuses_than_there_are_is_a_400()
    {
        var partner = await Given.PartnerAsync();

        var result = await Client.GetAsync($"/api/partners/{partner:N}/resellers?resellerStatuses=Active,Active,Disabled");

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "MaximumItems", "ResellerStatuses");
    }

    [Test]
    public async Task An_unknown_partner_is_a_404()
    {
        ApiAssert.IsError(await Client.GetAsync($"/api/partners/{Guid.NewGuid():N}/resellers"), HttpStatusCode.NotFound, "NotFound", "PartnerGuid");
    }

    /// <summary>Resellers have no update operation yet (UpdateReseller is a later catalogue issue): the row is changed directly.</summary>
    private static async Task DisableAsync(Guid reseller)
    {
        await using var scope = SharedHost.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceInterface.Data.CccDbContext>();
        await db.Resellers.Where(r => r.Id == reseller)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ServiceInterface.Data.Entities.RecordStatus.Disabled));
    }

    private static List<Guid> Guids(ApiResult list) =>
        [.. list.Json.AsArray().Select(r => Guid.Parse(r.Str("resellerGuid")!))];
}
