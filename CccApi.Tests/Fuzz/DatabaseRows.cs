using System.Reflection;
using CccApi.ServiceInterface.Data;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Fuzz;

/// <summary>One row: its table, primary key, and the Guid and string values it holds.</summary>
public sealed record DatabaseRow(string Table, string Key, Guid? GuidKey, IReadOnlyList<Guid> Guids, IReadOnlyList<string> Strings)
{
    public override string ToString() => $"{Table}[{Key}]";
}

/// <summary>
/// Every row of every table of the EF Core model, read through the host's own DbContext; a table added
/// to the model is included without touching the tests.
/// </summary>
public static class DatabaseRows
{
    private static readonly MethodInfo LoadMethod = typeof(DatabaseRows).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<Dictionary<string, Dictionary<string, DatabaseRow>>> SnapshotAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var tables = new Dictionary<string, Dictionary<string, DatabaseRow>>();
        foreach (var entityType in db.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var key = entityType.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!).ToArray();
            var columns = entityType.GetProperties().Where(p => p.PropertyInfo is not null).Select(p => p.PropertyInfo!).ToArray();
            var entities = await (Task<List<object>>)LoadMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [db])!;
            var rows = new Dictionary<string, DatabaseRow>();
            foreach (var entity in entities)
            {
                var keyValues = key.Select(k => k.GetValue(entity)).ToArray();
                var row = new DatabaseRow(
                    entityType.GetTableName() ?? entityType.ClrType.Name,
                    string.Join("|", keyValues),
                    keyValues is [Guid single] ? single : null,
                    [.. columns.Select(c => c.GetValue(entity)).OfType<Guid>()],
                    [.. columns.Select(c => c.GetValue(entity)).OfType<string>()]);
                rows[row.Key] = row;
            }
            tables[entityType.GetTableName() ?? entityType.ClrType.Name] = rows;
        }
        return tables;
    }

    /// <summary>Row counts per table, for checks that a request wrote nothing.</summary>
    public static async Task<Dictionary<string, int>> CountAsync(TestHost host) =>
        (await SnapshotAsync(host)).ToDictionary(t => t.Key, t => t.Value.Count);

    private static async Task<List<object>> Load<T>(DbContext db) where T : class =>
        [.. await db.Set<T>().AsNoTracking().ToListAsync()];
}
