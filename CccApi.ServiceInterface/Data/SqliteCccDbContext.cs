using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data;

/// <summary>The SQLite flavour of the model; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteCccDbContext(DbContextOptions<SqliteCccDbContext> options) : CccDbContext(options)
{
    // NOCASE folds ASCII letters only, which covers the codes and names this API compares.
    protected override void UseCaseInsensitiveComparison(PropertyBuilder<string> property) => property.UseCollation("NOCASE");

    protected override string IsTrueFilter(string columnName) => $"\"{columnName}\" = 1";

    protected override string IsNullFilter(string columnName) => $"\"{columnName}\" IS NULL";
}
