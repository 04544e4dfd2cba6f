using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// The one place where a provider's failure of the database itself becomes the answer's exception: "cannot
/// reach the database" <see cref="DatabaseUnavailableException"/> (503), "its storage is full"
/// <see cref="DatabaseStorageFullException"/> (507), "its storage refuses writes or fails"
/// <see cref="DatabaseStorageFailedException"/> (503). Storage failures are remembered in
/// <see cref="DatabaseWriteFailures"/> for readiness until a write succeeds again. Applied by
/// <see cref="DatabaseFailureExecutionStrategy"/> around every query, SaveChanges and bulk write, and by
/// <see cref="DatabaseFailureInterceptor"/> where a connection or transaction fails.
/// </summary>
internal sealed class DatabaseFailureTranslation(IDatabaseFailureClassifier classifier, DatabaseWriteFailures writeFailures)
{
    /// <returns>
    /// The exception to throw instead of <paramref name="exception"/>, or null when it is no failure of the
    /// database itself or was translated already. SaveChanges wraps whatever its batch threw in a
    /// DbUpdateException; a failure of the database itself is not an update error, so it is unwrapped.
    /// </returns>
    public Exception? Translate(Exception exception)
    {
        if (exception is DbUpdateException { InnerException: { } inner })
            return inner is DatabaseFailureException ? inner : Translate(inner);
        if (exception is DatabaseFailureException) return null;
        var kind = classifier.Classify(exception);
        if (kind is DatabaseFailureKind.StorageFull or DatabaseFailureKind.StorageFailed)
            writeFailures.Failed(kind);
        return kind switch
        {
            DatabaseFailureKind.Unavailable => new DatabaseUnavailableException(exception),
            DatabaseFailureKind.StorageFull => new DatabaseStorageFullException(exception),
            DatabaseFailureKind.StorageFailed => new DatabaseStorageFailedException(exception),
            _ => null,
        };
    }

    /// <summary>A write that changed rows went through: the storage takes writes again.</summary>
    public void Wrote(int rowsChanged)
    {
        if (rowsChanged > 0) writeFailures.Succeeded();
    }
}
