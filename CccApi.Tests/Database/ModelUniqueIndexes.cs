using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CccApi.Tests.Database;

/// <summary>The unique indexes of a context's EF model: the uniqueness rules the database enforces, read rather than listed by hand.</summary>
public static class ModelUniqueIndexes
{
    public static IReadOnlyList<(string Name, string Table, IIndex Index)> Of(DbContext db) =>
        db.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetIndexes())
            .Where(index => index.IsUnique)
            .Select(index => (index.GetDatabaseName()!, index.DeclaringEntityType.GetTableName()!, index))
            .OrderBy(index => index.Item1, StringComparer.Ordinal)
            .ToList();
}
