using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data.Configurations;

internal sealed class ServiceCompanyConfiguration : IEntityTypeConfiguration<ServiceCompany>
{
    public void Configure(EntityTypeBuilder<ServiceCompany> builder)
    {
        builder.ToTable("ServiceCompanies");
        builder.HasKey(c => c.ServiceId);
    }
}
