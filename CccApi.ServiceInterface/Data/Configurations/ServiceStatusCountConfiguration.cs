using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ServiceStatusCountConfiguration : IEntityTypeConfiguration<ServiceStatusCount>
{
    public void Configure(EntityTypeBuilder<ServiceStatusCount> builder)
    {
        builder.ToTable("ServiceStatusCounts");
        builder.HasKey(c => new { c.ResellerId, c.Status });
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Reseller>().WithMany().HasForeignKey(c => c.ResellerId).OnDelete(DeleteBehavior.Cascade);
        // A partner's counts: one index range.
        builder.HasIndex(c => new { c.PartnerId, c.Status });
    }
}
