using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ServiceStackCompat;
using ServiceStackCompat.Auth;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Errors;
using ServiceStackCompat.Formats;
using ServiceStackCompat.Formats.Views;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.RateLimiting;
using ServiceStackCompat.Routing;

namespace ServiceStackCompat.Pipeline;

/// <summary>
/// Per request: resolve the route, negotiate the format, bind, validate, invoke the compiled service
/// method, write the response (through the application's view of its type in that format, when it has one).
/// Every exception becomes a ResponseStatus here and nowhere else, and is written without a view.
/// </summary>
public sealed class RequestDispatcher(
    RequestResolver resolver,
    RequestBinder binder,
    ResponseNegotiator negotiator,
    ExceptionMapper exceptionMapper,
    RequestAuthenticator authenticator,
    RequestRateLimiter rateLimiter,
    ResponseViews views,
    IEnumerable<IServiceInvocationObserver> invocationObservers,
    IOptions<ServiceHostOptions> options,
    ILogger<RequestDispatcher> logger)
{
    private readonly IServiceInvocationObserver[] _invocationObservers = [.. invocationObservers];
    private readonly bool _allowApiKeyInQueryString = options.Value.AllowApiKeysInHttpParams;
    private readonly bool _jsonpReadsSessionCookies = options.Value.Jsonp == JsonpPolicy.On;

    public Task DispatchAsync(HttpContext context, string relativePath)
    {
        switch (resolver.Resolve(context.Request.Method, relativePath))
        {
            case RouteMatch match:
                return ExecuteAsync(context, match);
            case UnknownOperation unknown:
                var format = negotiator.Fallback(context.Request) with { Format = unknown.Format };
                return WriteErrorAsync(context, null, format, new NotImplementedException("The operation does not exist for this service"));
            default:
                // As the original host: a path no route answers for this verb is an empty 404.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                VaryByAccept.Apply(context.Response);
                PrivateAnswers.Apply(context, operation: null);
                return Task.CompletedTask;
        }
    }

    private async Task ExecuteAsync(HttpContext context, RouteMatch match)
    {
        var operation = match.Operation;
        ResponseFormat? format = null;
        try
        {
            format = negotiator.Negotiate(context.Request, match);
            rateLimiter.AcquireForAddress(context);
            // A script tag on any site can make a JSONP request, with the browser's cookies.
            var readSessionCookies = format.Value.Callback is null || _jsonpReadsSessionCookies;
            if (operation.IdentifiesCaller)
            {
                var credential = RequestCredential.Read(context.Request, _allowApiKeyInQueryString, readSessionCookies);
                var resolution = await authenticator.ResolveAsync(context, credential);
                if (resolution.Caller is not null) rateLimiter.AcquireForCaller(resolution.Caller);
                authenticator.Authorize(operation, resolution);
            }
            var action = match.Action ?? throw new NotImplementedException(
                $"Could not find method named {Verb(context.Request.Method)}({operation.Name}) or Any({operation.Name}) on the service.");
            var request = await binder.BindAsync(context, match);
            await ValidateAsync(context, operation, request);
            var service = context.RequestServices.GetRequiredService(action.ServiceType);
            foreach (var observer in _invocationObservers) observer.OnInvoking(context, operation);
            var response = await action.Invoke(service, request, context.RequestAborted);

            if (request is IEndsSession { EndsSession: true })
                await authenticator.EndSessionsAsync(context, readSessionCookies);
            VaryByAccept.Apply(context.Response);
            PrivateAnswers.Apply(context, operation);
            SessionCookie.Apply(context, request, response);
            AuthenticateReferrer.Apply(context, response);
            if (response is null)
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            else
                await ResponseWriter.WriteAsync(context, format.Value, response, operation.Name, views.Find(response, format.Value));
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The caller went away (cancelled, or its connection closed mid-body): nobody is left to answer.
            logger.LogDebug("{Operation}: the caller went away (request {RequestId}): {Reason}", operation.Name, context.TraceIdentifier, exception.Message);
        }
        catch (Exception exception)
        {
            // An error before negotiation finished (e.g. an unknown ?format=) is answered in JSON.
            await WriteErrorAsync(context, operation, format ?? negotiator.Fallback(context.Request), exception);
        }
    }

    private static async ValueTask ValidateAsync(HttpContext context, OperationModel operation, object request)
    {
        if (operation.ValidatorType is null) return;
        var validator = (IValidator)context.RequestServices.GetRequiredService(operation.ValidatorType);
        var result = await validator.ValidateAsync(operation.CreateValidationContext!(request), context.RequestAborted);
        if (!result.IsValid)
            throw new RequestValidationException(result.Errors, operation.SecretFields);
    }

    private async Task WriteErrorAsync(HttpContext context, OperationModel? operation, ResponseFormat format, Exception exception)
    {
        var outcome = exceptionMapper.Map(exception);
        var name = operation?.Name ?? "Error";
        if (outcome.StatusCode >= 500 && exception is IHasStatusCode)
            // A status the application chose (busy, database unreachable or full): one line, no stack trace,
            // since under load it may be written for every request; with the cause the caller is not told.
            logger.LogWarning("{Operation} answered {StatusCode} {ErrorCode} (request {RequestId}): {Reason}{Cause}",
                name, outcome.StatusCode, outcome.Status.ErrorCode, context.TraceIdentifier, outcome.Status.Message,
                exception.InnerException is { } cause ? $" Cause: {cause.GetType().Name}: {cause.Message}" : "");
        else if (outcome.StatusCode >= 500)
            logger.LogError(exception, "{Operation} failed (request {RequestId})", name, context.TraceIdentifier);
        else if (outcome.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status429TooManyRequests)
            // Who was refused, from where and why, for spotting credential stuffing and floods; never a credential.
            logger.LogInformation("{Operation} answered {StatusCode} {ErrorCode} to {Address} (caller {Caller}): {Reason}",
                name, outcome.StatusCode, outcome.Status.ErrorCode, context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "none", outcome.Status.Message);
        else
            logger.LogDebug("{Operation} answered {StatusCode} {ErrorCode}", name, outcome.StatusCode, outcome.Status.ErrorCode);

        if (context.Response.HasStarted) return;
        context.Response.Clear();
        VaryByAccept.Apply(context.Response);
        PrivateAnswers.Apply(context, operation);
        if (exception is IHasRetryAfter { RetryAfter: { } retryAfter })
            context.Response.Headers.RetryAfter = RequestRateLimiter.RetryAfterHeader(retryAfter);
        // A script tag cannot see status codes: under JSONP the error travels inside the callback.
        context.Response.StatusCode = format.Callback is null ? outcome.StatusCode : StatusCodes.Status200OK;
        if (outcome.ReasonPhrase is not null && format.Callback is null)
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = outcome.ReasonPhrase;

        var body = outcome.UseResponseType && operation is { ResponseHasStatus: true }
            ? operation.ResponseModel!.Factory()
            : new ErrorResponse();
        ((IHasResponseStatus)body).ResponseStatus = outcome.Status;
        await ResponseWriter.WriteAsync(context, format, body, name);
    }

    private static string Verb(string method) => method.Length == 0 ? method : char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant();
}
