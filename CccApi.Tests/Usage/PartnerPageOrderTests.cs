using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Usage;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CccApi.Tests.Usage.IntakeWorld;

namespace CccApi.Tests.Usage;

/// <summary>
/// The two forms of "a partner's services" the usage reports page with (<see cref="ServiceUsageQueries.OfPartnerInPageOrder"/>):
/// the form for a large partner (walking every service in page order) and the form for a small one (by its resellers)
/// give the same services in the same order, and the same pages, as the counted form.
/// </summary>
public sealed class PartnerPageOrderTests : ApiTest
{
    [Test]
    public async Task Both_forms_give_the_partners_services_in_page_order()
    {
        var partner = await Given.PartnerAsync();
        var (first, second) = ((await Given.ServiceUnderPartnerAsync(partner)).Reseller, (await Given.ServiceUnderPartnerAsync(partner)).Reseller);
        for (var i = 0; i < 3; i++) await Given.ServiceAsync(i % 2 == 0 ? first : second);
        await Given.ServiceUnderPartnerAsync(); // another partner's
        var mine = await WithDbAsync(SharedHost.Host, db => db.Services.Where(s => s.ResellerId == first || s.ResellerId == second).Select(s => s.Id).ToListAsync());

        Assert.That(mine, Has.Count.EqualTo(5));
        using var scope = SharedHost.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        Task<List<Guid>> Page(IQueryable<ServiceInterface.Data.Entities.Service> services, int skip, int take) =>
            services.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).Skip(skip).Take(take).Select(s => s.Id).ToListAsync();

        var counted = await Page(db.Services.OfPartner(db, partner), 0, 10);
        var walked = db.Services.OfPartnerInPageOrder(db, partner, ServiceUsageQueries.PartnerServicesWalkedInPageOrder + 1);
        var byReseller = db.Services.OfPartnerInPageOrder(db, partner, ServiceUsageQueries.PartnerServicesWalkedInPageOrder);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(counted, Is.EquivalentTo(mine));
            Assert.That(await Page(walked, 0, 10), Is.EqualTo(counted), "walked in page order");
            Assert.That(await Page(byReseller, 0, 10), Is.EqualTo(counted), "by reseller");
            Assert.That(await Page(walked, 1, 2), Is.EqualTo(counted.Skip(1).Take(2)), "a page of the walk");
            Assert.That(walked.ToQueryString(), Does.Contain("EXISTS"), "the walk's form: no index on ResellerId answers it");
        }
    }
}
