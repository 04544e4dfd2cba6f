using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class SettingGroupRecordConfiguration : IEntityTypeConfiguration<SettingGroupRecord>
{
    public void Configure(EntityTypeBuilder<SettingGroupRecord> builder)
    {
        builder.ToTable("SettingGroups");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasIndex(g => g.Name).IsUnique();
        builder.HasData(StartingSettingKeys.Groups);
    }
}

internal sealed class SettingKeyRecordConfiguration : IEntityTypeConfiguration<SettingKeyRecord>
{
    /// <summary>A key's name is a word such as EnableTouchValidation.</summary>
    public const int NameLength = 100;

    public void Configure(EntityTypeBuilder<SettingKeyRecord> builder)
    {
        builder.ToTable("SettingKeys");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(NameLength);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.AccessType).HasConversion<string>().HasMaxLength(32);
        builder.Property(k => k.Visibility).HasConversion<string>().HasMaxLength(32);
        builder.Property(k => k.ValueType).HasConversion<string>().HasMaxLength(32);
        builder.Property(k => k.Description).HasMaxLength(1000);
        builder.Property(k => k.ValidationDescription).HasMaxLength(1000);
        builder.Property(k => k.ValidationPattern).HasMaxLength(500);
        builder.Property(k => k.DefaultValue).HasMaxLength(SettingValueRecordConfiguration.ValueLength);
        builder.HasOne(k => k.Group).WithMany().HasForeignKey(k => k.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(StartingSettingKeys.Keys);
    }
}

internal sealed class SettingValueRecordConfiguration : IEntityTypeConfiguration<SettingValueRecord>
{
    public const int ValueLength = 4000;

    public void Configure(EntityTypeBuilder<SettingValueRecord> builder)
    {
        builder.ToTable("SettingValues");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Level).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Value).HasMaxLength(ValueLength);
        // One value per key and holder: the database keeps it so when two admins set it at once.
        builder.HasIndex(v => new { v.SettingKeyId, v.Level, v.OwnerId }).IsUnique();
        builder.HasIndex(v => new { v.Level, v.OwnerId });
        builder.HasOne(v => v.SettingKey).WithMany().HasForeignKey(v => v.SettingKeyId).OnDelete(DeleteBehavior.Restrict);
    }
}
