using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class SkuBundleConfiguration : IEntityTypeConfiguration<SkuBundle>
{
    public void Configure(EntityTypeBuilder<SkuBundle> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(b => b.Partner).WithMany().HasForeignKey(b => b.PartnerId).OnDelete(DeleteBehavior.Restrict);

        // GetSkuBundles lists a partner's bundles of one Status, oldest first.
        builder.HasIndex(b => new { b.PartnerId, b.Status, b.CreatedOn });
    }
}
