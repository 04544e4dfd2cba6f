using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>
/// The status history. Each index serves one of SearchServiceStatusChanges' filters with its date range and
/// order (ChangedOn); the caller's scope is decided on the change's own row (CallerScope's status change rule).
/// </summary>
internal sealed class ServiceStatusChangeRecordConfiguration : IEntityTypeConfiguration<ServiceStatusChangeRecord>
{
    public void Configure(EntityTypeBuilder<ServiceStatusChangeRecord> builder)
    {
        builder.ToTable("ServiceStatusChanges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Service>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ServiceId, c.ChangedOn });
        // The reseller's index carries the page's whole order (ChangedOn, Id) and every column the page reads of a
        // change, so a search by reseller counts, scopes and pages from the index alone, without reading each change's
        // row from the table (at 1M services those rows are scattered pages). The columns after the order are key
        // columns rather than INCLUDE ones because SQLite has no INCLUDE and the three databases share one model.
        builder.HasIndex(c => new { c.ResellerId, c.ChangedOn, c.Id, c.ServiceId, c.ToStatus, c.OperationId, c.PartnerId, c.ChangedByUserId })
            .HasDatabaseName("IX_ServiceStatusChanges_ResellerPage");
        builder.HasIndex(c => new { c.PartnerId, c.ChangedOn });
        builder.HasIndex(c => new { c.ChangedByUserId, c.ChangedOn });
        builder.HasIndex(c => c.ChangedOn);
    }
}
