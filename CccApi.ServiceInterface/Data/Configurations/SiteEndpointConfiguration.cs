using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class SiteEndpointConfiguration : IEntityTypeConfiguration<SiteEndpoint>
{
    public void Configure(EntityTypeBuilder<SiteEndpoint> builder)
    {
        builder.ToTable("SiteEndpoints");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.SiteVersion).HasMaxLength(64);
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.Property(e => e.Url).HasMaxLength(ServiceUrls.MaxLength);
        builder.HasOne(e => e.Site).WithMany().HasForeignKey(e => e.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
