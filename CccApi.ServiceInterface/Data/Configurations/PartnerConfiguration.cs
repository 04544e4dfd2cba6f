using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.NameKey).HasMaxLength(100);
        builder.HasIndex(p => p.NameKey).IsUnique();
        builder.Property(p => p.CompanyName).HasMaxLength(100);
        builder.Property(p => p.ContactName).HasMaxLength(100);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
    }
}
