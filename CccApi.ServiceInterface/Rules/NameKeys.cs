namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The key a unique name is compared by: its stored form (<see cref="NameForms"/>) with case folded,
/// kept in a column of its own that carries the unique index. Folding here rather than in a collation
/// makes every provider agree: SQLite's NOCASE folds ASCII letters only, so "Ä" and "ä" or "Σ" and "σ"
/// were two names there and one on PostgreSQL.
/// </summary>
public static class NameKeys
{
    /// <summary>
    /// Upper- then lower-casing (invariant) maps every case variant the runtime knows onto one letter,
    /// including those whose lower forms differ (the final sigma "ς" and "σ" both become "σ").
    /// .NET maps one UTF-16 unit to one, so the key is exactly as long as the stored name.
    /// </summary>
    public static string For(string name) => NameForms.Normalize(name)!.ToUpperInvariant().ToLowerInvariant();
}
