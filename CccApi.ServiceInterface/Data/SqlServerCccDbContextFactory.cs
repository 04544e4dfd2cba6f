using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CccApi.ServiceInterface.Data;

/// <summary>Lets `dotnet ef` build the SQL Server context without a host or a server: adding a migration or a script never connects.</summary>
public sealed class SqlServerCccDbContextFactory : IDesignTimeDbContextFactory<SqlServerCccDbContext>
{
    public SqlServerCccDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCccDbContext>().UseSqlServer("Server=127.0.0.1;Database=cccapi_design;TrustServerCertificate=True").Options);
}
