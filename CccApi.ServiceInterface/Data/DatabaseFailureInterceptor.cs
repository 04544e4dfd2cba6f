using System.Data.Common;
using System.Runtime.ExceptionServices;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// The one place where a provider's failure of the database itself becomes the answer's exception: "cannot
/// reach the database" <see cref="DatabaseUnavailableException"/> (503), "its storage is full"
/// <see cref="DatabaseStorageFullException"/> (507), "its storage refuses writes or fails"
/// <see cref="DatabaseStorageFailedException"/> (503); when a connection fails to open, a command or
/// transaction fails, or SaveChanges wraps such a failure in a DbUpdateException. Storage failures are
/// remembered in <see cref="DatabaseWriteFailures"/> for readiness until a write succeeds again.
/// </summary>
internal sealed class DatabaseFailureInterceptor(IDatabaseFailureClassifier classifier, DatabaseWriteFailures writeFailures)
    : IDbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => ThrowIfDatabaseFailure(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfDatabaseFailure(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ThrowIfDatabaseFailure(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfDatabaseFailure(eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ThrowIfDatabaseFailure(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ThrowIfDatabaseFailure(eventData.Exception);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Unwrap(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwrap(eventData.Exception);
        return Task.CompletedTask;
    }

    // ---- a write that went through: the storage takes writes again ------------------------------

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0) writeFailures.Succeeded();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0) writeFailures.Succeeded();
        return ValueTask.FromResult(result);
    }

    // ExecuteUpdate and ExecuteDelete write without SaveChanges; a query's non-query (the probe's SELECT 1) changes no row.
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result > 0) writeFailures.Succeeded();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0) writeFailures.Succeeded();
        return ValueTask.FromResult(result);
    }

    // ---- the mapping ------------------------------------------------------------------------------

    private void ThrowIfDatabaseFailure(Exception exception)
    {
        if (IsMapped(exception)) return; // an earlier event of the same failure mapped it already
        var kind = classifier.Classify(exception);
        if (kind is DatabaseFailureKind.StorageFull or DatabaseFailureKind.StorageFailed)
            writeFailures.Failed(kind);
        switch (kind)
        {
            case DatabaseFailureKind.Unavailable: throw new DatabaseUnavailableException(exception);
            case DatabaseFailureKind.StorageFull: throw new DatabaseStorageFullException(exception);
            case DatabaseFailureKind.StorageFailed: throw new DatabaseStorageFailedException(exception);
        }
    }

    /// <summary>SaveChanges wraps whatever its batch threw in a DbUpdateException; a failure of the database itself is not an update error.</summary>
    private void Unwrap(Exception exception)
    {
        if (exception is not DbUpdateException { InnerException: { } inner }) return;
        if (IsMapped(inner))
            ExceptionDispatchInfo.Throw(inner);
        ThrowIfDatabaseFailure(inner);
    }

    private static bool IsMapped(Exception exception) => exception is DatabaseFailureException;
}
