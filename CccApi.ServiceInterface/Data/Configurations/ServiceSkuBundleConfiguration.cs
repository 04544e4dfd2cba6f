using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ServiceSkuBundleConfiguration : IEntityTypeConfiguration<ServiceSkuBundle>
{
    public void Configure(EntityTypeBuilder<ServiceSkuBundle> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne(b => b.Service).WithMany().HasForeignKey(b => b.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.SkuBundle).WithMany().HasForeignKey(b => b.SkuBundleId).OnDelete(DeleteBehavior.Restrict);
    }
}
