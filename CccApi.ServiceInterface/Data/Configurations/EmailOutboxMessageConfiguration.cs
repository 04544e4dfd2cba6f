using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>
/// The outbox. (Status, NextAttemptOn) serves the sender's search for due messages; (ServiceId, CreatedOn) the
/// per-service hourly limit. No foreign key to Services: a message outlives nothing it names.
/// </summary>
internal sealed class EmailOutboxMessageConfiguration : IEntityTypeConfiguration<EmailOutboxMessage>
{
    public const int MessageIdLength = 300;
    public const int LastErrorLength = 1000;

    public void Configure(EntityTypeBuilder<EmailOutboxMessage> builder)
    {
        builder.ToTable("EmailOutbox");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.MessageId).HasMaxLength(MessageIdLength).IsRequired();
        builder.Property(m => m.Mime).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(LastErrorLength);
        builder.HasIndex(m => new { m.Status, m.NextAttemptOn });
        builder.HasIndex(m => new { m.ServiceId, m.CreatedOn });
    }
}
