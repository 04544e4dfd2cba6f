using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Pipeline;

/// <summary>
/// An extension point: told each time the dispatcher hands a bound and validated request to its service
/// method, i.e. each request that got past routing, authentication, binding and validation. Register
/// implementations as singletons; none are registered by default, and then the dispatcher does nothing extra.
/// Test suites use it to measure how many generated requests really reach the services.
/// </summary>
public interface IServiceInvocationObserver
{
    /// <summary>Called on the request's thread just before the service method runs; must be cheap and must not throw.</summary>
    void OnInvoking(HttpContext context, OperationModel operation);
}
