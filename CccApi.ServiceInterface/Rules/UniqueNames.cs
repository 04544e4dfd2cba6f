namespace CccApi.ServiceInterface.Rules;

/// <summary>Makes a default name unique by adding the lowest free numeric suffix.</summary>
public static class UniqueNames
{
    private const int CandidatesPerLookup = 16;

    /// <summary>The n-th candidate: the stem itself, then "{stem}{separator}2", "{stem}{separator}3"...</summary>
    public static string Candidate(string stem, string separator, int n) => n == 1 ? stem : $"{stem}{separator}{n}";

    /// <summary>
    /// The first free candidate, passing over <paramref name="skip"/> free ones (a retry after a lost race
    /// takes the next). <paramref name="takenAmong"/> says which of a batch of candidates exist (compared
    /// without regard to case): an exact lookup each on the column's unique index, so the cost grows with
    /// the values taken for this stem, not with the table, as a prefix (LIKE) search on a case-insensitive
    /// column would, which no index serves.
    /// </summary>
    public static async Task<string> FirstFreeAsync(
        string stem, string separator, int skip, Func<IReadOnlyList<string>, Task<List<string>>> takenAmong)
    {
        for (var first = 1; ; first += CandidatesPerLookup)
        {
            var candidates = Enumerable.Range(first, CandidatesPerLookup).Select(n => Candidate(stem, separator, n)).ToList();
            var taken = new HashSet<string>(await takenAmong(candidates), StringComparer.OrdinalIgnoreCase);
            foreach (var candidate in candidates)
            {
                if (!taken.Contains(candidate) && skip-- == 0)
                    return candidate;
            }
        }
    }
}
