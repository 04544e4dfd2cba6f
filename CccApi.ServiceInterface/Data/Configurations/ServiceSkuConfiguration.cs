using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ServiceSkuConfiguration : IEntityTypeConfiguration<ServiceSku>
{
    public void Configure(EntityTypeBuilder<ServiceSku> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.BillingMetric).HasMaxLength(64);
        builder.Property(s => s.UnitPrice).HasPrecision(18, 4);
        builder.HasOne(s => s.Service).WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);

        // Restrict, not cascade: SQL Server rejects two cascade paths from Services to ServiceSkus.
        builder.HasOne(s => s.ServiceSkuBundle).WithMany().HasForeignKey(s => s.ServiceSkuBundleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Sku).WithMany().HasForeignKey(s => s.SkuId).OnDelete(DeleteBehavior.Restrict);
    }
}
