using System.Net.Sockets;
using Microsoft.Data.SqlClient;

namespace CccApi.ServiceInterface.Data.SqlServer;

/// <summary>SQL Server errors that mean the server or database cannot be reached or did not answer in time.</summary>
internal sealed class SqlServerFailureClassifier : IDatabaseFailureClassifier
{
    /// <summary>
    /// -2 timeout; -1, 2, 53, 64, 233 connection failures; 4060 database cannot be opened; 10053/10054/10060/10061
    /// socket errors; 11001 host unknown; 40197, 40501, 40613, 10928, 10929 Azure SQL busy or unavailable.
    /// </summary>
    public static readonly IReadOnlySet<int> UnavailableNumbers =
        new HashSet<int> { -2, -1, 2, 53, 64, 233, 4060, 10053, 10054, 10060, 10061, 11001, 40197, 40501, 40613, 10928, 10929 };

    public bool IsUnavailable(Exception exception) => exception switch
    {
        SqlException sql => UnavailableNumbers.Contains(sql.Number),
        SocketException or TimeoutException => true,
        _ => false,
    };
}
