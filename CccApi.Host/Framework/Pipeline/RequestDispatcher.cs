using CccApi.Host.Framework.Binding;
using CccApi.Host.Framework.Errors;
using CccApi.Host.Framework.Formats;
using CccApi.Host.Framework.Metadata;
using CccApi.Host.Framework.Routing;
using CccApi.ServiceModel.Annotations;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;

namespace CccApi.Host.Framework.Pipeline;

/// <summary>
/// Per request: match route, bind, validate, invoke the compiled service method, write the
/// response. Every exception becomes a ResponseStatus here and nowhere else.
/// </summary>
public sealed class RequestDispatcher(
    RouteTable routes,
    RequestBinder binder,
    ExceptionMapper exceptionMapper,
    ILogger<RequestDispatcher> logger)
{
    public async Task DispatchAsync(HttpContext context, string relativePath)
    {
        var match = routes.Match(context.Request.Method, relativePath);
        if (match is null)
        {
            // As the original host: a path no route answers for this verb is an empty 404.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await ExecuteAsync(context, match.Operation, match.Action, match.PathVariables);
    }

    public async Task ExecuteAsync(HttpContext context, OperationModel operation, ServiceAction action, IReadOnlyList<KeyValuePair<string, string>> pathVariables)
    {
        context.Response.Headers.Vary = "Accept";
        try
        {
            var request = await binder.BindAsync(context, operation, pathVariables);
            await ValidateAsync(context, operation, request);
            var service = context.RequestServices.GetRequiredService(action.ServiceType);
            var response = await action.Invoke(service, request, context.RequestAborted);
            await WriteResponseAsync(context, response);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away: nobody is left to answer.
        }
        catch (Exception exception)
        {
            await WriteErrorAsync(context, operation, exception);
        }
    }

    private static async ValueTask ValidateAsync(HttpContext context, OperationModel operation, object request)
    {
        if (operation.ValidatorType is null) return;
        var validator = (IValidator)context.RequestServices.GetRequiredService(operation.ValidatorType);
        var result = await validator.ValidateAsync(operation.CreateValidationContext!(request), context.RequestAborted);
        if (!result.IsValid)
            throw new RequestValidationException(result.Errors, SecretFieldPaths.Of(operation));
    }

    private static Task WriteResponseAsync(HttpContext context, object? response)
    {
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return JsonResponseWriter.WriteAsync(context, response);
    }

    private async Task WriteErrorAsync(HttpContext context, OperationModel operation, Exception exception)
    {
        var outcome = exceptionMapper.Map(exception);
        if (outcome.StatusCode >= 500)
            logger.LogError(exception, "{Operation} failed", operation.Name);
        else
            logger.LogDebug("{Operation} answered {StatusCode} {ErrorCode}", operation.Name, outcome.StatusCode, outcome.Status.ErrorCode);

        if (context.Response.HasStarted) return;
        context.Response.Clear();
        context.Response.Headers.Vary = "Accept";
        context.Response.StatusCode = outcome.StatusCode;
        if (outcome.ReasonPhrase is not null)
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = outcome.ReasonPhrase;

        var body = outcome.UseResponseType && operation.ResponseHasStatus
            ? operation.ResponseModel!.Factory()
            : new ErrorResponse();
        ((IHasResponseStatus)body).ResponseStatus = outcome.Status;
        await JsonResponseWriter.WriteAsync(context, body);
    }
}
