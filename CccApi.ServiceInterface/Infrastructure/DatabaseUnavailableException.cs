namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>The database could not be reached or did not answer in time: a 503 the caller may retry.</summary>
public sealed class DatabaseUnavailableException(Exception inner) : DatabaseFailureException(
    "The database is unavailable. Try again shortly.", inner, 503, "ServiceUnavailable");
