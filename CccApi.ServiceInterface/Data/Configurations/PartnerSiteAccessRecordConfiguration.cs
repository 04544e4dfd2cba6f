using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class PartnerSiteAccessRecordConfiguration : IEntityTypeConfiguration<PartnerSiteAccessRecord>
{
    public void Configure(EntityTypeBuilder<PartnerSiteAccessRecord> builder)
    {
        builder.ToTable("PartnerSiteAccess");
        builder.Property(a => a.Id).ValueGeneratedNever();
        // One record per Partner and Site: a second POST is the page's "already exists" error, decided by the database.
        builder.HasIndex(a => new { a.PartnerId, a.SiteId }).IsUnique();
        builder.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Site).WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
