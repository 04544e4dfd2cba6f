using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data;

/// <summary>The SQL Server flavour of the model; its migrations are in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerCccDbContext(DbContextOptions<SqlServerCccDbContext> options) : CccDbContext(options)
{
    /// <summary>Named explicitly so that a server or database with a case-sensitive default still compares these columns without case.</summary>
    public const string CaseInsensitiveCollation = "Latin1_General_100_CI_AS";

    protected override void UseCaseInsensitiveComparison(PropertyBuilder<string> property) => property.UseCollation(CaseInsensitiveCollation);

    protected override string IsTrueFilter(string columnName) => $"[{columnName}] = CAST(1 AS bit)";

    protected override string IsNullFilter(string columnName) => $"[{columnName}] IS NULL";
}
