using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class IdProviderTypeConfiguration : IEntityTypeConfiguration<IdProviderType>
{
    public void Configure(EntityTypeBuilder<IdProviderType> builder)
    {
        builder.ToTable("IdProviderTypes");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(InputLimits.Name);
        builder.Property(t => t.Description).HasMaxLength(InputLimits.Description);
        builder.HasData(IdentityTypeRows.ProviderTypes);
    }
}

internal sealed class IdPxTypeConfiguration : IEntityTypeConfiguration<IdPxType>
{
    public void Configure(EntityTypeBuilder<IdPxType> builder)
    {
        builder.ToTable("IdPxTypes");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(InputLimits.Name);
        builder.Property(t => t.Description).HasMaxLength(InputLimits.Description);
        builder.Property(t => t.Workflow).HasConversion<string>().HasMaxLength(32);
        builder.HasData(IdentityTypeRows.ProxyTypes);
    }
}

internal sealed class IdProviderConfiguration : IEntityTypeConfiguration<IdProvider>
{
    /// <summary>Data Protection ciphertext of the longest certificate a request may carry, base64url with its header.</summary>
    public const int ProtectedLength = 32768;

    public void Configure(EntityTypeBuilder<IdProvider> builder)
    {
        builder.ToTable("IdProviders");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(InputLimits.Name);
        builder.Property(p => p.Description).HasMaxLength(InputLimits.Description);
        builder.Property(p => p.LoginUrl).HasMaxLength(InputLimits.Url);
        builder.Property(p => p.TokenUrl).HasMaxLength(InputLimits.Url);
        builder.Property(p => p.LogoutUrl).HasMaxLength(InputLimits.Url);
        builder.Property(p => p.ClientId).HasMaxLength(InputLimits.ClientId);
        builder.Property(p => p.ProtectedSecretId).HasMaxLength(ProtectedLength);
        builder.Property(p => p.ProtectedCertificateId).HasMaxLength(ProtectedLength);
        builder.Property(p => p.ProtectedCertificate2Id).HasMaxLength(ProtectedLength);
        builder.HasIndex(p => p.Name);
        builder.HasOne(p => p.Type).WithMany().HasForeignKey(p => p.TypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IdPxConfiguration : IEntityTypeConfiguration<IdPx>
{
    public void Configure(EntityTypeBuilder<IdPx> builder)
    {
        builder.ToTable("IdPxs");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(InputLimits.Name);
        builder.Property(x => x.Description).HasMaxLength(InputLimits.Description);
        builder.Property(x => x.Pattern).HasMaxLength(InputLimits.IdentityDocument);
        builder.Property(x => x.Parameters).HasMaxLength(InputLimits.IdentityDocument);
        // A service's proxies of one workflow, in the order they are tried.
        builder.HasIndex(x => new { x.ServiceId, x.TypeId, x.CreatedOn });
        builder.HasIndex(x => x.IdProviderId);
        builder.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.IdProvider).WithMany().HasForeignKey(x => x.IdProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
