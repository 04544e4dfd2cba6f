using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>
/// The domains of services. The unique index on Domain is the rule "Domains must be unique across all Services"
/// and the seek SearchServices' Domain makes; the one on ServiceId lists and counts a service's domains.
/// </summary>
internal sealed class ServiceDomainConfiguration : IEntityTypeConfiguration<ServiceDomain>
{
    public void Configure(EntityTypeBuilder<ServiceDomain> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Domain).HasMaxLength(DomainNames.MaxLength);
        builder.HasIndex(d => d.Domain).IsUnique();
        builder.HasIndex(d => d.ServiceId);
        builder.HasOne<Service>().WithMany().HasForeignKey(d => d.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
