using System.Net.Sockets;
using Microsoft.Data.SqlClient;

namespace CccApi.ServiceInterface.Data.SqlServer;

/// <summary>SQL Server errors that mean the server or database cannot be reached, or that its storage is full or failing.</summary>
internal sealed class SqlServerFailureClassifier : IDatabaseFailureClassifier
{
    /// <summary>
    /// -2 timeout; -1, 2, 53, 64, 233 connection failures; 4060 database cannot be opened; 10053/10054/10060/10061
    /// socket errors; 11001 host unknown; 40197, 40501, 40613, 10928, 10929 Azure SQL busy or unavailable.
    /// </summary>
    public static readonly IReadOnlySet<int> UnavailableNumbers =
        new HashSet<int> { -2, -1, 2, 53, 64, 233, 4060, 10053, 10054, 10060, 10061, 11001, 40197, 40501, 40613, 10928, 10929 };

    /// <summary>1101 and 1105 no space left in a file group; 9002 the transaction log is full; 40544 an Azure SQL database reached its size quota.</summary>
    public static readonly IReadOnlySet<int> StorageFullNumbers = new HashSet<int> { 1101, 1105, 9002, 40544 };

    /// <summary>3906 the database is read-only; 823 and 824 the operating system or the storage failed a read or write.</summary>
    public static readonly IReadOnlySet<int> StorageFailedNumbers = new HashSet<int> { 3906, 823, 824 };

    public DatabaseFailureKind Classify(Exception exception) => exception switch
    {
        SqlException sql => Classify(sql.Number),
        SocketException or TimeoutException => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };

    public static DatabaseFailureKind Classify(int number) =>
        StorageFullNumbers.Contains(number) ? DatabaseFailureKind.StorageFull
        : StorageFailedNumbers.Contains(number) ? DatabaseFailureKind.StorageFailed
        : UnavailableNumbers.Contains(number) ? DatabaseFailureKind.Unavailable
        : DatabaseFailureKind.Other;
}
