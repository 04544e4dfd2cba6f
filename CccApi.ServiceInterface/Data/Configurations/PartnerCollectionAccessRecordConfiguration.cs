using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <param name="isTrueFilter">The provider's SQL for "this boolean column is true", given the column name.</param>
internal sealed class PartnerCollectionAccessRecordConfiguration(Func<string, string> isTrueFilter)
    : IEntityTypeConfiguration<PartnerCollectionAccessRecord>
{
    /// <summary>The filtered index that lets the database hold at most one default per partner and Site.</summary>
    public const string OneDefaultPerSiteIndex = "IX_PartnerCollectionAccess_DefaultPerSite";

    public void Configure(EntityTypeBuilder<PartnerCollectionAccessRecord> builder)
    {
        builder.ToTable("PartnerCollectionAccess");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.PartnerId, a.CollectionId }).IsUnique();
        builder.HasIndex(a => new { a.PartnerId, a.SiteId }, OneDefaultPerSiteIndex)
            .IsUnique()
            .HasFilter(isTrueFilter(nameof(PartnerCollectionAccessRecord.IsDefaultCollectionForSite)));

        builder.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Collection).WithMany().HasForeignKey(a => a.CollectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Site).WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
