namespace CccApi.ServiceInterface.Data;

/// <summary>Tells, per provider, whether an exception means the database is down or unreachable (as opposed to a bad statement).</summary>
public interface IDatabaseFailureClassifier
{
    bool IsUnavailable(Exception exception);
}
