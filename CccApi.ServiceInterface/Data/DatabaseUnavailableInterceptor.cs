using System.Data.Common;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// The one place where a provider's "cannot reach the database" becomes <see cref="DatabaseUnavailableException"/>
/// (a 503): when a connection fails to open, a command or transaction fails on a broken connection, or
/// SaveChanges wraps such a failure in a DbUpdateException.
/// </summary>
internal sealed class DatabaseUnavailableInterceptor(IDatabaseFailureClassifier classifier)
    : IDbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => ThrowIfUnavailable(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ThrowIfUnavailable(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ThrowIfUnavailable(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable(eventData.Exception);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Unwrap(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwrap(eventData.Exception);
        return Task.CompletedTask;
    }

    private void ThrowIfUnavailable(Exception exception)
    {
        if (exception is not DatabaseUnavailableException && classifier.IsUnavailable(exception))
            throw new DatabaseUnavailableException(exception);
    }

    /// <summary>SaveChanges wraps whatever its batch threw in a DbUpdateException; an unavailable database is not an update error.</summary>
    private void Unwrap(Exception exception)
    {
        if (exception is DbUpdateException { InnerException: DatabaseUnavailableException unavailable })
            throw unavailable;
        if (exception is DbUpdateException { InnerException: { } inner })
            ThrowIfUnavailable(inner);
    }
}
