using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <param name="isTrueFilter">The provider's SQL for "this boolean column is true", given the column name.</param>
internal sealed class ServiceUserGroupConfiguration(Func<string, string> isTrueFilter) : IEntityTypeConfiguration<ServiceUserGroup>
{
    /// <summary>The filtered index that lets a service hold one default group of each type.</summary>
    public const string OneDefaultPerTypeIndex = "IX_ServiceUserGroups_DefaultPerType";

    public void Configure(EntityTypeBuilder<ServiceUserGroup> builder)
    {
        builder.ToTable("ServiceUserGroups");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(InputLimits.Name);
        builder.Property(g => g.Type).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(g => new { g.ServiceId, g.Name }).IsUnique();
        builder.HasIndex(g => new { g.ServiceId, g.Type }, OneDefaultPerTypeIndex).IsUnique().HasFilter(isTrueFilter(nameof(ServiceUserGroup.IsDefault)));
        builder.HasOne<Service>().WithMany().HasForeignKey(g => g.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
