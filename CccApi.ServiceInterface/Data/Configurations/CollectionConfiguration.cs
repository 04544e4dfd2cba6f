using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class CollectionConfiguration : IEntityTypeConfiguration<Collection>
{
    public void Configure(EntityTypeBuilder<Collection> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => c.CollectionCode).IsUnique();
        builder.Property(c => c.CurrentVersion).HasMaxLength(64);
        builder.HasIndex(c => c.SiteEndpointId);
        builder.HasOne(c => c.Site).WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.OwnerReseller).WithMany().HasForeignKey(c => c.OwnerResellerId).OnDelete(DeleteBehavior.Restrict);
    }
}
