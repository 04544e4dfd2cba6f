using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CccApi.ServiceInterface.Data;

/// <summary>Lets `dotnet ef` build the SQLite context without a host; the connection is never opened to add a migration.</summary>
public sealed class SqliteCccDbContextFactory : IDesignTimeDbContextFactory<SqliteCccDbContext>
{
    public SqliteCccDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCccDbContext>().UseSqlite("Data Source=cccapi-design.db").Options);
}
