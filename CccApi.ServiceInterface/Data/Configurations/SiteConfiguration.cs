using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(IndexedText.MaxLength);
        builder.Property(s => s.NameKey).HasMaxLength(IndexedText.MaxLength);
        builder.HasIndex(s => s.NameKey).IsUnique();
    }
}
