using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Site = CccApi.ServiceInterface.Data.Entities.Site;

namespace CccApi.ServiceInterface.Configuration;

/// <summary>
/// Writes the configured Partners and Sites under their fixed Guids: inserted when missing, updated to
/// match the configuration otherwise, so running it at every start-up changes nothing the second time.
/// </summary>
internal sealed class CatalogSeeder(CccDbContext db, TimeProvider time)
{
    public async Task UpsertAsync(CatalogOptions catalog, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in catalog.Partners)
        {
            if (entry.PartnerGuid == Guid.Empty || string.IsNullOrWhiteSpace(entry.Name))
                throw new InvalidOperationException("Every Catalog:Partners entry needs a PartnerGuid and a Name.");
            var partner = await db.Partners.FindAsync([entry.PartnerGuid], ct);
            if (partner is null)
                db.Partners.Add(partner = new Partner { Id = entry.PartnerGuid, CreatedOn = now });
            partner.Name = NameForms.Normalize(entry.Name)!;
        }

        foreach (var entry in catalog.Sites)
        {
            if (entry.SiteGuid == Guid.Empty || string.IsNullOrWhiteSpace(entry.Name))
                throw new InvalidOperationException("Every Catalog:Sites entry needs a SiteGuid and a Name.");
            var site = await db.Sites.FindAsync([entry.SiteGuid], ct);
            if (site is null)
                db.Sites.Add(site = new Site { Id = entry.SiteGuid, Status = SiteStatus.Active, CreatedOn = now });
            site.Name = NameForms.Normalize(entry.Name)!;
            site.ProviderName = entry.ProviderName;
            site.Jurisdiction = entry.Jurisdiction;
            site.Endpoint = entry.Endpoint;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            throw new InvalidOperationException(
                "The Catalog could not be applied: a Partner or Site name is already used by another record.", ex);
        }
    }
}
