using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class CollectionKeyConfiguration : IEntityTypeConfiguration<CollectionKey>
{
    public void Configure(EntityTypeBuilder<CollectionKey> builder)
    {
        builder.ToTable("CollectionKeys");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Digest).HasMaxLength(64);
        builder.HasIndex(k => k.Digest).IsUnique();
        builder.HasIndex(k => k.CollectionId);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.HasOne<Collection>().WithMany().HasForeignKey(k => k.CollectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CollectionUsageRecordConfiguration : IEntityTypeConfiguration<CollectionUsageRecord>
{
    public const string RecordKeyIndex = "IX_CollectionUsageRecords_Key";

    public void Configure(EntityTypeBuilder<CollectionUsageRecord> builder)
    {
        builder.ToTable("CollectionUsageRecords");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ToolbarVersion).HasMaxLength(50);
        // The record's identity, and a service's users' records of one day (GetServiceUsersUsage) by its prefix.
        builder.HasIndex(r => new { r.ServiceId, r.Day, r.ServiceUserId, r.CollectionId }, RecordKeyIndex).IsUnique();
        // One user's days (GetServiceUserUsage, and a page of users over a month).
        builder.HasIndex(r => new { r.ServiceUserId, r.Day });
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Collection>().WithMany().HasForeignKey(r => r.CollectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceUsageDayConfiguration : IEntityTypeConfiguration<ServiceUsageDay>
{
    public void Configure(EntityTypeBuilder<ServiceUsageDay> builder)
    {
        builder.ToTable("ServiceUsageDays");
        builder.HasKey(d => new { d.ServiceId, d.Day });
        builder.HasOne<Service>().WithMany().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceUsageMonthConfiguration : IEntityTypeConfiguration<ServiceUsageMonth>
{
    public void Configure(EntityTypeBuilder<ServiceUsageMonth> builder)
    {
        builder.ToTable("ServiceUsageMonths");
        builder.HasKey(m => new { m.ServiceId, m.Month });
        builder.HasOne<Service>().WithMany().HasForeignKey(m => m.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceUserCountDayConfiguration : IEntityTypeConfiguration<ServiceUserCountDay>
{
    public void Configure(EntityTypeBuilder<ServiceUserCountDay> builder)
    {
        builder.ToTable("ServiceUserCountDays");
        builder.HasKey(d => new { d.ServiceId, d.Day });
        builder.HasOne<Service>().WithMany().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceUserCountMonthConfiguration : IEntityTypeConfiguration<ServiceUserCountMonth>
{
    public void Configure(EntityTypeBuilder<ServiceUserCountMonth> builder)
    {
        builder.ToTable("ServiceUserCountMonths");
        builder.HasKey(m => new { m.ServiceId, m.Month });
        builder.HasOne<Service>().WithMany().HasForeignKey(m => m.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserCountMonthChangeConfiguration : IEntityTypeConfiguration<UserCountMonthChange>
{
    public void Configure(EntityTypeBuilder<UserCountMonthChange> builder)
    {
        builder.ToTable("UserCountMonthChanges");
        // ScopeId is a reseller's or a partner's id: no foreign key can name both.
        builder.HasKey(c => new { c.ScopeId, c.Month });
    }
}
