namespace ServiceStackCompat.Metadata;

/// <summary>Calls one service method: resolves nothing and reflects on nothing per request.</summary>
public delegate ValueTask<object?> ServiceInvoker(object service, object request, CancellationToken cancellationToken);

/// <summary>A service method that handles one verb (or "ANY") of an operation.</summary>
public sealed class ServiceAction(Type serviceType, string verb, ServiceInvoker invoke)
{
    public Type ServiceType { get; } = serviceType;

    /// <summary>Upper-case verb, or "ANY".</summary>
    public string Verb { get; } = verb;

    public ServiceInvoker Invoke { get; } = invoke;
}
