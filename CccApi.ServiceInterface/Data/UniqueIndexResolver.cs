using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CccApi.ServiceInterface.Data;

/// <summary>Finds the model's unique index a provider's <see cref="UniqueViolation"/> refers to.</summary>
internal static class UniqueIndexResolver
{
    public static IReadOnlyIndex? Find(IModel model, UniqueViolation violation)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            var table = entityType.GetTableName();
            if (table is null)
                continue;
            var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            foreach (var index in entityType.GetIndexes().Where(i => i.IsUnique))
            {
                if (violation.IndexName is not null)
                {
                    if (string.Equals(index.GetDatabaseName(store), violation.IndexName, StringComparison.OrdinalIgnoreCase))
                        return index;
                    continue;
                }

                if (string.Equals(table, violation.TableName, StringComparison.OrdinalIgnoreCase)
                    && index.Properties.Select(p => p.GetColumnName(store)).SequenceEqual(violation.ColumnNames, StringComparer.OrdinalIgnoreCase))
                    return index;
            }
        }

        return null;
    }
}
