using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>Gateways: a name is unique among the gateways of one registrar scope (CreateGateway's 409).</summary>
internal sealed class GatewayConfiguration : IEntityTypeConfiguration<RegisteredGateway>
{
    public void Configure(EntityTypeBuilder<RegisteredGateway> builder)
    {
        builder.ToTable("Gateways");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.NameKey).HasMaxLength(100);
        builder.Property(g => g.RegistrarType).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(g => new { g.RegistrarType, g.RegistrarScopeId, g.NameKey }).IsUnique();
        builder.Property(g => g.RegisteredByUser).HasMaxLength(256);
        builder.Property(g => g.IPAddress).HasMaxLength(64);
    }
}

internal sealed class GatewayKeyConfiguration : IEntityTypeConfiguration<GatewayKey>
{
    public void Configure(EntityTypeBuilder<GatewayKey> builder)
    {
        builder.ToTable("GatewayKeys");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Digest).HasMaxLength(64);
        builder.HasIndex(k => k.Digest).IsUnique();
        builder.HasIndex(k => k.GatewayId);
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.HasOne<RegisteredGateway>().WithMany().HasForeignKey(k => k.GatewayId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A gateway's rules for one service, read in order by the (GatewayId, ServiceId, Position) index.</summary>
internal sealed class MessageRuleConfiguration : IEntityTypeConfiguration<MessageRule>
{
    public void Configure(EntityTypeBuilder<MessageRule> builder)
    {
        builder.ToTable("GatewayMessageRules");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.GatewayId, r.ServiceId, r.Position });
        builder.HasIndex(r => r.ServiceId);
        builder.Property(r => r.Description).HasMaxLength(Rules.MessageRuleLimits.DescriptionMaxLength);
        builder.Property(r => r.MatchExpression).HasMaxLength(Rules.MessageRuleLimits.MatchExpressionMaxLength);
        builder.HasOne<RegisteredGateway>().WithMany().HasForeignKey(r => r.GatewayId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
