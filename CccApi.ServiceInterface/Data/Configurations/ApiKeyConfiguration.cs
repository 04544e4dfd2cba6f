using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Digest).HasMaxLength(64);
        builder.HasIndex(k => k.Digest).IsUnique();
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.HasOne<AdminUser>().WithMany().HasForeignKey(k => k.AdminUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
