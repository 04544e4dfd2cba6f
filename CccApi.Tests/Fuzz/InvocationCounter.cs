using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.Pipeline;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// Counts, per operation, the requests the dispatcher handed to a service method: those that got past
/// authentication, binding and validation. Registered in the fuzz host through the framework's observer hook.
/// </summary>
public sealed class InvocationCounter : IServiceInvocationObserver
{
    private readonly ConcurrentDictionary<string, int> _byOperation = new();

    public void OnInvoking(HttpContext context, OperationModel operation) =>
        _byOperation.AddOrUpdate(operation.Name, 1, (_, count) => count + 1);

    public int For(string operation) => _byOperation.GetValueOrDefault(operation);

    public int Total => _byOperation.Values.Sum();
}
