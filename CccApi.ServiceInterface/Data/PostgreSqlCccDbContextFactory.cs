using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CccApi.ServiceInterface.Data;

/// <summary>Lets `dotnet ef` build the PostgreSQL context without a host or a server: adding a migration never connects.</summary>
public sealed class PostgreSqlCccDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlCccDbContext>
{
    public PostgreSqlCccDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCccDbContext>().UseNpgsql("Host=127.0.0.1;Database=cccapi_design").Options);
}
