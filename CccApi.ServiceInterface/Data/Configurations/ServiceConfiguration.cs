using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        // No unique index of its own: the primary domain is one of the service's ServiceDomains, whose index holds the rule.
        builder.Property(s => s.PrimaryDomain).HasMaxLength(DomainNames.MaxLength);
        builder.Property(s => s.ReferenceId).HasMaxLength(250);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => s.ServiceCode).IsUnique();
        builder.Property(s => s.ServiceName).HasMaxLength(IndexedText.MaxLength);
        builder.Property(s => s.ServiceNameKey).HasMaxLength(IndexedText.MaxLength);
        builder.HasIndex(s => s.ServiceNameKey).IsUnique();
        // SearchServices and the reports list oldest first and bound CreatedOn: pages and ranges read this index in order.
        // ResellerId and Status ride along so that a page of a partner's or reseller's services (Status filtered) skips
        // its earlier pages in the index alone, without reading their rows.
        builder.HasIndex(s => new { s.CreatedOn, s.Id, s.ResellerId, s.Status });
        // A partner's services in page order with their status: a page of the usage reports skips earlier pages, and the
        // count counts, in the partner's range of this index alone. The column's default (the empty Guid, which EF then
        // leaves to the database) lets rows written by older schemas' code in; migration AddServicePartnerId fills it.
        builder.Property(s => s.PartnerId).HasDefaultValue(Guid.Empty);
        builder.HasIndex(s => new { s.PartnerId, s.CreatedOn, s.Id, s.Status });
        // A reseller's services, and their count by status, from the index alone (the foreign key's index too).
        builder.HasIndex(s => new { s.ResellerId, s.Status });
        // The trial expiry's condition (Status = TrialActive AND TrialEndDate <= now) as an index range.
        builder.HasIndex(s => new { s.Status, s.TrialEndDate });

        builder.HasOne(s => s.Reseller).WithMany().HasForeignKey(s => s.ResellerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Collection).WithMany().HasForeignKey(s => s.CollectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Company).WithOne().HasForeignKey<ServiceCompany>(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Contact).WithOne().HasForeignKey<ServiceContact>(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Users).WithOne().HasForeignKey(u => u.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
