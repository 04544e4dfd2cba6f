using CccApi.ServiceInterface.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// Saves changes and turns the database's unique-index violation into the rule's 409. The services'
/// pre-checks give the clear message in the common case; this covers the race they cannot.
/// </summary>
public sealed class UniqueIndexGuard(CccDbContext db, IUniqueViolationDetector detector)
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (detector.Detect(ex) is { } violation)
        {
            throw Conflicts.ForIndex(UniqueIndexResolver.Find(db.Model, violation));
        }
    }

    /// <summary>
    /// A write sent as a raw command (Data/Commands), which fails with the DbUpdateException SaveChanges would
    /// throw: its unique-index violation becomes the same 409.
    /// </summary>
    public async Task WriteAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (DbUpdateException ex) when (detector.Detect(ex) is { } violation)
        {
            throw Conflicts.ForIndex(UniqueIndexResolver.Find(db.Model, violation));
        }
    }

    /// <summary>The unique index <paramref name="exception"/> violated; false when it is another failure.</summary>
    public bool TryGetViolatedIndex(DbUpdateException exception, out IReadOnlyIndex? index)
    {
        index = null;
        if (detector.Detect(exception) is not { } violation)
            return false;
        index = UniqueIndexResolver.Find(db.Model, violation);
        return true;
    }
}
