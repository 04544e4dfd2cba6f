using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <param name="isNullFilter">The provider's SQL for "this column is null", given the column name.</param>
internal sealed class ServiceUserGroupPeriodConfiguration(Func<string, string> isNullFilter) : IEntityTypeConfiguration<ServiceUserGroupPeriod>
{
    /// <summary>At most one open period per user: two concurrent group changes cannot both leave one open.</summary>
    public const string OneOpenPeriodIndex = "IX_ServiceUserGroupPeriods_Open";

    public void Configure(EntityTypeBuilder<ServiceUserGroupPeriod> builder)
    {
        builder.ToTable("ServiceUserGroupPeriods");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.GroupType).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(p => p.ServiceUserId, OneOpenPeriodIndex).IsUnique().HasFilter(isNullFilter(nameof(ServiceUserGroupPeriod.EndedOn)));
        // A report reads a service's periods overlapping a range.
        builder.HasIndex(p => new { p.ServiceId, p.StartedOn });
        builder.HasOne<ServiceUser>().WithMany().HasForeignKey(p => p.ServiceUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceUserGroup>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceUserStatusChangeConfiguration : IEntityTypeConfiguration<ServiceUserStatusChange>
{
    public void Configure(EntityTypeBuilder<ServiceUserStatusChange> builder)
    {
        builder.ToTable("ServiceUserStatusChanges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => new { c.ServiceUserId, c.ChangedOn });
        builder.HasIndex(c => new { c.ServiceId, c.ChangedOn });
        builder.HasOne<ServiceUser>().WithMany().HasForeignKey(c => c.ServiceUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceUserAliasConfiguration : IEntityTypeConfiguration<ServiceUserAlias>
{
    public void Configure(EntityTypeBuilder<ServiceUserAlias> builder)
    {
        builder.ToTable("ServiceUserAliases");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Alias).HasMaxLength(Rules.EmailAddresses.MaxLength);
        builder.HasIndex(a => new { a.ServiceId, a.Alias }).IsUnique();
        builder.HasIndex(a => a.ServiceUserId);
    }
}

internal sealed class ServiceUserActivationTokenConfiguration : IEntityTypeConfiguration<ServiceUserActivationToken>
{
    public void Configure(EntityTypeBuilder<ServiceUserActivationToken> builder)
    {
        builder.ToTable("ServiceUserActivationTokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Digest).HasMaxLength(64);
        builder.HasIndex(t => t.Digest).IsUnique();
        builder.HasIndex(t => t.ServiceUserId);
        builder.HasOne<ServiceUser>().WithMany().HasForeignKey(t => t.ServiceUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
