using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <param name="isTrueFilter">The provider's SQL for "this boolean column is true", given the column name.</param>
internal sealed class ResellerCollectionAccessRecordConfiguration(Func<string, string> isTrueFilter)
    : IEntityTypeConfiguration<ResellerCollectionAccessRecord>
{
    /// <summary>The filtered index that lets the database hold at most one default per reseller and Site.</summary>
    public const string OneDefaultPerSiteIndex = "IX_ResellerCollectionAccess_DefaultPerSite";

    public void Configure(EntityTypeBuilder<ResellerCollectionAccessRecord> builder)
    {
        builder.ToTable("ResellerCollectionAccess");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.ResellerId, a.CollectionId }).IsUnique();

        // Filter SQL differs per provider (quoting, boolean literals), so the provider's context supplies it.
        builder.HasIndex(a => new { a.ResellerId, a.SiteId }, OneDefaultPerSiteIndex)
            .IsUnique()
            .HasFilter(isTrueFilter(nameof(ResellerCollectionAccessRecord.IsDefaultCollectionForSite)));

        builder.HasOne(a => a.Reseller).WithMany().HasForeignKey(a => a.ResellerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Collection).WithMany().HasForeignKey(a => a.CollectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Site).WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
