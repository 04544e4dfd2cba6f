using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.BillingMetric).HasMaxLength(64);
        builder.Property(s => s.UnitPrice).HasPrecision(18, 4);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(s => s.Partner).WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SkuBundle).WithMany().HasForeignKey(s => s.SkuBundleId).OnDelete(DeleteBehavior.Restrict);

        // GetSkus lists a partner's Skus of one Status (optionally of one bundle), oldest first.
        builder.HasIndex(s => new { s.PartnerId, s.Status, s.CreatedOn });
    }
}
