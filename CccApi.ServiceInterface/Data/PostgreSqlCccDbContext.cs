using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data;

/// <summary>The PostgreSQL flavour of the model; its migrations are in Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlCccDbContext(DbContextOptions<PostgreSqlCccDbContext> options) : CccDbContext(options)
{
    public const string CaseInsensitiveType = "citext";

    // citext compares (and indexes, and LIKEs) without regard to case; unlike a nondeterministic
    // collation it also supports the LIKE that StartsWith becomes.
    protected override void UseCaseInsensitiveComparison(PropertyBuilder<string> property) => property.HasColumnType(CaseInsensitiveType);

    protected override string IsTrueFilter(string columnName) => $"\"{columnName}\" = TRUE";

    protected override string IsNullFilter(string columnName) => $"\"{columnName}\" IS NULL";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension(CaseInsensitiveType);
        base.OnModelCreating(modelBuilder);
    }
}
