using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CccApi.ServiceInterface.Data.Upgrades;

/// <summary>
/// Brings rows written before the normal forms into them: names (NFKC, trimmed, single spaces, no format
/// characters) with their case-folded keys, codes lower-case, domains and emails in their ASCII,
/// lower-case form. It runs between the migration that adds the key columns and the one that puts the
/// unique indexes on them, so the indexes meet only normalised keys. Values that collide once normalised
/// stop it before anything is written (<see cref="StoredTextCollisionException"/>).
/// </summary>
public sealed class StoredTextNormalizer(CccDbContext db, ILogger logger)
{
    /// <summary>The migration this step must precede (its name, without the timestamp).</summary>
    public const string BeforeMigration = "UniqueNameKeys";

    public async Task RunAsync(CancellationToken ct)
    {
        var changes = new StoredTextChanges(db, logger);

        // Partners and Sites as stubs of the columns this step reads (later migrations add columns to them
        // and this step runs before those), each with its stored NameKey as the original value, so that a
        // key that changes is written.
        var partners = new List<Partner>();
        foreach (var row in await db.Partners.Select(p => new { p.Id, p.Name, p.NameKey }).ToListAsync(ct))
        {
            var partner = new Partner { Id = row.Id, Name = row.Name };
            db.Partners.Attach(partner);
            db.Entry(partner).Property(x => x.NameKey).OriginalValue = row.NameKey;
            partner.Name = changes.Name(partner, nameof(Partner.Name), partner.Name);
            partners.Add(partner);
        }
        var sites = new List<Site>();
        foreach (var row in await db.Sites.Select(s => new { s.Id, s.Name, s.NameKey }).ToListAsync(ct))
        {
            var site = new Site { Id = row.Id, Name = row.Name };
            db.Sites.Attach(site);
            db.Entry(site).Property(x => x.NameKey).OriginalValue = row.NameKey;
            site.Name = changes.Name(site, nameof(Site.Name), site.Name);
            sites.Add(site);
        }
        foreach (var r in await db.Resellers.ToListAsync(ct))
        {
            r.Name = changes.Name(r, nameof(Reseller.Name), r.Name);
            r.CompanyName = changes.Name(r, nameof(Reseller.CompanyName), r.CompanyName);
            r.ContactEmail = changes.Email(r, nameof(Reseller.ContactEmail), r.ContactEmail);
        }
        // Collections as stubs too: later migrations add Collections columns.
        var collections = new List<Collection>();
        foreach (var row in await db.Collections.Select(c => new { c.Id, c.Name, c.CollectionCode }).ToListAsync(ct))
        {
            var c = new Collection { Id = row.Id, Name = row.Name, CollectionCode = row.CollectionCode };
            db.Collections.Attach(c);
            c.Name = changes.Name(c, nameof(Collection.Name), c.Name);
            c.CollectionCode = changes.Value(c, nameof(Collection.CollectionCode), c.CollectionCode, Identifiers.Normalize);
            collections.Add(c);
        }
        // Services as stubs too: later migrations add Services columns.
        var services = new List<Service>();
        foreach (var row in await db.Services.Select(x => new { x.Id, x.ServiceName, x.ServiceNameKey, x.ServiceCode, x.PrimaryDomain }).ToListAsync(ct))
        {
            var s = new Service { Id = row.Id, ServiceName = row.ServiceName, ServiceCode = row.ServiceCode, PrimaryDomain = row.PrimaryDomain };
            db.Services.Attach(s);
            db.Entry(s).Property(x => x.ServiceNameKey).OriginalValue = row.ServiceNameKey;
            services.Add(s);
            s.ServiceName = changes.Name(s, nameof(Service.ServiceName), s.ServiceName);
            s.ServiceCode = changes.Value(s, nameof(Service.ServiceCode), s.ServiceCode, Identifiers.Normalize);
            // Null only in databases written after this step's migration (a removed primary domain); it has none to normalise.
            if (s.PrimaryDomain is { } primaryDomain)
                s.PrimaryDomain = changes.Value(s, nameof(Service.PrimaryDomain), primaryDomain, DomainNames.Normalize);
        }
        foreach (var c in await db.ServiceCompanies.ToListAsync(ct)) c.Name = changes.Name(c, nameof(ServiceCompany.Name), c.Name);
        foreach (var c in await db.ServiceContacts.ToListAsync(ct)) c.Email = changes.Email(c, nameof(ServiceContact.Email), c.Email);
        // Users as stubs too: a later migration adds ServiceUsers columns.
        foreach (var row in await db.ServiceUsers.Select(x => new { x.Id, x.Email }).ToListAsync(ct))
        {
            var u = new ServiceUser { Id = row.Id, Email = row.Email };
            db.ServiceUsers.Attach(u);
            u.Email = changes.Email(u, nameof(ServiceUser.Email), u.Email);
        }
        foreach (var b in await db.SkuBundles.ToListAsync(ct)) b.Name = changes.Name(b, nameof(SkuBundle.Name), b.Name);
        // Only the id and name, attached as a stub: later migrations add ServiceSkus columns this step runs before.
        foreach (var row in await db.ServiceSkus.Select(s => new { s.Id, s.Name }).ToListAsync(ct))
        {
            var sku = new ServiceSku { Id = row.Id, Name = row.Name };
            db.ServiceSkus.Attach(sku);
            sku.Name = changes.Name(sku, nameof(ServiceSku.Name), sku.Name);
        }
        var adminUsers = await db.AdminUsers.ToListAsync(ct);
        foreach (var u in adminUsers) u.Email = changes.Email(u, nameof(AdminUser.Email), u.Email);

        var collisions = new UniqueValueCollisions(db)
            .Check(partners, nameof(Partner.Name), p => p.NameKey, p => p.Id)
            .Check(sites, nameof(Site.Name), s => s.NameKey, s => s.Id)
            .Check(collections, nameof(Collection.CollectionCode), c => c.CollectionCode, c => c.Id)
            .Check(services, nameof(Service.ServiceName), s => s.ServiceNameKey, s => s.Id)
            .Check(services, nameof(Service.ServiceCode), s => s.ServiceCode, s => s.Id)
            .Check(services.Where(s => s.PrimaryDomain is not null), nameof(Service.PrimaryDomain), s => s.PrimaryDomain!, s => s.Id)
            .Check(adminUsers, nameof(AdminUser.Email), u => u.Email, u => u.Id)
            .Found;
        if (collisions.Count > 0)
        {
            db.ChangeTracker.Clear();
            throw new StoredTextCollisionException(collisions);
        }

        // One SaveChanges is one transaction: every row is normalised, or none.
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Stored text normalised: {Summary}.", changes.Summary());
    }
}
