namespace CccApi.ServiceInterface.Rules;

/// <summary>Makes a default name unique by adding the lowest free numeric suffix.</summary>
public static class UniqueNames
{
    /// <param name="stem">The wanted value.</param>
    /// <param name="taken">Existing values that start with the stem (compared without regard to case).</param>
    /// <param name="separator">Between stem and number: "Acme Secure Messaging 2", "acme2".</param>
    /// <param name="skip">Free candidates to pass over, so a retry after a lost race takes the next one.</param>
    public static string Next(string stem, IEnumerable<string> taken, string separator, int skip = 0)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? stem : $"{stem}{separator}{n}";
            if (!used.Contains(candidate) && skip-- == 0)
                return candidate;
        }
    }
}
