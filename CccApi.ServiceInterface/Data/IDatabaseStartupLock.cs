namespace CccApi.ServiceInterface.Data;

/// <summary>
/// A lock held across every host sharing the database while one of them migrates and seeds it, so that
/// hosts starting together do not race. Disposing the returned handle releases it.
/// </summary>
public interface IDatabaseStartupLock
{
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken);
}
