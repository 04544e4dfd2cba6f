namespace CccApi.ServiceInterface.Data.Upgrades;

/// <summary>
/// Rows that were distinct under the old comparison and are one value in the stored normal form: the
/// upgrade stops before changing anything, naming each group, so an operator can rename one of each.
/// </summary>
public sealed class StoredTextCollisionException(IReadOnlyList<string> collisions)
    : Exception("The database holds values that are one value once normalised; nothing was changed. Rename all but one of each group, then migrate again:"
        + string.Concat(collisions.Select(c => Environment.NewLine + "  " + c)))
{
    public IReadOnlyList<string> Collisions { get; } = collisions;
}
