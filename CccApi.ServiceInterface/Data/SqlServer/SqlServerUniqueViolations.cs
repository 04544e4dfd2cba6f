namespace CccApi.ServiceInterface.Data.SqlServer;

/// <summary>
/// Reads SQL Server's duplicate-key errors: 2601 "Cannot insert duplicate key row in object 'dbo.T' with
/// unique index 'IX'..." and 2627 "Violation of UNIQUE KEY constraint 'UQ'..." (or PRIMARY KEY). Kept apart
/// from SqlException, which has no public constructor, so the mapping is tested without a server.
/// </summary>
public static class SqlServerUniqueViolations
{
    public const int DuplicateKeyInUniqueIndex = 2601;
    public const int UniqueConstraintViolation = 2627;

    /// <returns>The violation, or null when <paramref name="errorNumber"/> is another error.</returns>
    public static UniqueViolation? Parse(int errorNumber, string message)
    {
        var marker = errorNumber switch
        {
            DuplicateKeyInUniqueIndex => "unique index '",
            UniqueConstraintViolation => "constraint '",
            _ => null,
        };
        if (marker is null)
            return null;
        return new UniqueViolation(Quoted(message, "object '")?.Split('.').Last(), [], Quoted(message, marker));
    }

    private static string? Quoted(string message, string marker)
    {
        var start = message.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
            return null;
        start += marker.Length;
        var end = message.IndexOf('\'', start);
        return end < 0 ? null : message[start..end];
    }
}
