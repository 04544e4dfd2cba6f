using System.Data.Common;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// A database that cannot answer while a caller is being identified is the service's fault, not the
/// caller's: 503, never a 401 that would tell a valid caller its credentials are wrong.
/// </summary>
public static class DatabaseAvailability
{
    public static async Task<T> RequireAsync<T>(Func<Task<T>> query)
    {
        try
        {
            return await query();
        }
        catch (Exception exception) when (exception is DbException || exception is DbUpdateException { InnerException: DbException })
        {
            throw new HttpError(503, "ServiceUnavailable", "The service is unavailable; please try again later.");
        }
    }
}
