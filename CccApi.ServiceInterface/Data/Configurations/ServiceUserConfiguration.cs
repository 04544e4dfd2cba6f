using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>
/// A service's users. (ServiceId, Email) unique is the rule "an email address names one user per service" and
/// (ServiceId, SsoUid) "one user per identity-provider id"; the name-key and email indexes serve the Token
/// searches, which match by prefix.
/// </summary>
internal sealed class ServiceUserConfiguration : IEntityTypeConfiguration<ServiceUser>
{
    public void Configure(EntityTypeBuilder<ServiceUser> builder)
    {
        builder.ToTable("ServiceUsers");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(EmailAddresses.MaxLength);
        builder.Property(u => u.FirstName).HasMaxLength(InputLimits.Name);
        builder.Property(u => u.LastName).HasMaxLength(InputLimits.Name);
        builder.Property(u => u.FirstNameKey).HasMaxLength(InputLimits.Name);
        builder.Property(u => u.LastNameKey).HasMaxLength(InputLimits.Name);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.Language).HasMaxLength(2);
        builder.Property(u => u.DefaultSecure).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.BlacklistMode).HasConversion<string>().HasMaxLength(32);

        builder.HasIndex(u => new { u.ServiceId, u.Email }).IsUnique();
        builder.HasIndex(u => new { u.ServiceId, u.SsoUid }).IsUnique();
        builder.HasIndex(u => new { u.ServiceId, u.FirstNameKey });
        builder.HasIndex(u => new { u.ServiceId, u.LastNameKey });
        builder.HasIndex(u => u.Email);
        builder.HasIndex(u => u.FirstNameKey);
        builder.HasIndex(u => u.LastNameKey);
        builder.HasIndex(u => u.AdminUserId);

        builder.HasOne(u => u.Group).WithMany().HasForeignKey(u => u.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdminUser>().WithMany().HasForeignKey(u => u.AdminUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(u => u.Aliases).WithOne().HasForeignKey(a => a.ServiceUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
