namespace CccApi.ServiceInterface.Data;

/// <summary>
/// The host cannot use its database at start-up (a folder it may not write, a database it cannot reach):
/// nothing would work, so the host stops at once with this message, one line an operator can act on.
/// </summary>
public sealed class DatabaseStartupException(string message, Exception inner) : Exception(message, inner);
