using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Upgrades;

/// <summary>Groups of rows whose values, normalised, would meet a unique index as one.</summary>
internal sealed class UniqueValueCollisions(CccDbContext db)
{
    private readonly List<string> _found = [];

    public IReadOnlyList<string> Found => _found;

    /// <summary>Adds one line per group of <paramref name="rows"/> sharing a <paramref name="key"/>: the column people know, each row's stored value and id.</summary>
    public UniqueValueCollisions Check<TEntity>(IEnumerable<TEntity> rows, string column, Func<TEntity, string> key, Func<TEntity, Guid> id)
        where TEntity : class
    {
        var table = db.Model.FindEntityType(typeof(TEntity))!.GetTableName();
        foreach (var group in rows.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.Select(row => $"'{Stored(row, column)}' ({id(row):N})");
            _found.Add($"{table}.{column}: {string.Join(", ", members)} are all '{group.Key}'.");
        }
        return this;
    }

    /// <summary>The value as the database holds it now, before normalising: what an operator will find.</summary>
    private object? Stored<TEntity>(TEntity row, string column) where TEntity : class =>
        db.Entry(row).Property(column).OriginalValue;
}
