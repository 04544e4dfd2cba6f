using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ServiceContactConfiguration : IEntityTypeConfiguration<ServiceContact>
{
    public void Configure(EntityTypeBuilder<ServiceContact> builder)
    {
        builder.ToTable("ServiceContacts");
        builder.HasKey(c => c.ServiceId);
    }
}
