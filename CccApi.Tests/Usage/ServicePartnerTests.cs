using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Usage;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Usage;

/// <summary>
/// The partner kept on each service (the usage reports page a partner's services by it): a service created through the
/// API carries its reseller's partner, so <see cref="ServiceUsageQueries.OfPartner"/> gives exactly the services of the
/// partner's resellers, in page order.
/// </summary>
public sealed class ServicePartnerTests : ApiTest
{
    [Test]
    public async Task A_partners_services_are_those_of_its_resellers()
    {
        var partner = await Given.PartnerAsync();
        var (first, second) = ((await Given.ServiceUnderPartnerAsync(partner)).Reseller, (await Given.ServiceUnderPartnerAsync(partner)).Reseller);
        for (var i = 0; i < 3; i++) await Given.ServiceAsync(i % 2 == 0 ? first : second);
        var other = await Given.ServiceUnderPartnerAsync(); // another partner's

        using var scope = SharedHost.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var byResellers = await db.Services.Where(s => db.Resellers.Any(r => r.PartnerId == partner && r.Id == s.ResellerId))
            .OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var byPartner = await db.Services.OfPartner(partner).OrderBy(s => s.CreatedOn).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byResellers, Has.Count.EqualTo(5));
            Assert.That(byPartner, Is.EqualTo(byResellers));
            Assert.That(await db.Services.Where(s => s.Id == other.Service).Select(s => s.PartnerId).SingleAsync(), Is.EqualTo(other.Partner));
        }
    }
}
