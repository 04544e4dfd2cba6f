namespace CccApi.ServiceInterface.Data;

/// <summary>Tells, per provider, what an exception means: the database down or unreachable, its storage full or failing, or neither.</summary>
public interface IDatabaseFailureClassifier
{
    DatabaseFailureKind Classify(Exception exception);
}
