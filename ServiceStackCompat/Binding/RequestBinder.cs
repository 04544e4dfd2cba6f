using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ServiceStackCompat.Errors;
using ServiceStackCompat.Formats;
using ServiceStackCompat.Routing;

namespace ServiceStackCompat.Binding;

/// <summary>
/// Builds a request DTO. On a user route: the body by its Content-Type (JSON when none is given),
/// then the query string, then the path variables, which always win so that a query value can never
/// redirect a call away from the object named in its URL. On a predefined route: the body in the
/// route's format (when the Content-Type is absent or that format; a form as a form; anything else is
/// a 415, never read in a format it was not written in), then the query string only where the body
/// left a property empty.
/// </summary>
public sealed class RequestBinder(IOptions<ServiceHostOptions> options, FormatRegistry formats)
{
    private readonly long _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    public async ValueTask<object> BindAsync(HttpContext context, RouteMatch match)
    {
        var operation = match.Operation;
        var model = operation.Request;
        var request = context.Request;
        var maxBodyBytes = operation.MaxRequestBodyBytes ?? _maxBodyBytes;
        object dto;

        if (IsForm(request.ContentType) && request.HasFormContentType)
        {
            EnsureWithinLimit(request.ContentLength, maxBodyBytes);
            dto = model.Factory();
            StringValueBinder.Populate(dto, model, await ReadFormAsync(request, operation.Name, context.RequestAborted), operation.Name);
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            var format = match.Mode == BindingMode.PredefinedRoute && match.RouteFormat is { } routeFormat
                ? PredefinedRouteBodyFormat(routeFormat, request.ContentType)
                : BodyFormat(request.ContentType);
            dto = await ReadBodyAsync(context, format, match, maxBodyBytes);
        }
        else
        {
            dto = model.Factory();
        }

        var queryOnlyWhereUnset = match.Mode == BindingMode.PredefinedRoute;
        StringValueBinder.Populate(dto, model, request.Query, operation.Name, queryOnlyWhereUnset);

        foreach (var (name, value) in match.PathVariables)
            StringValueBinder.Set(dto, model.FindProperty(name)!, value, operation.Name);

        return dto;
    }

    // A cheap look at the raw header first: HasFormContentType parses it (and sets up form reading) on every call.
    private static bool IsForm(string? contentType) =>
        contentType is not null
        && (contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A form the server cannot read is the caller's error: a NUL in it, a key or value over the form limits, a
    /// multipart form without its boundary (InvalidDataException), or one whose body ends before its closing
    /// boundary (an IOException from the multipart reader; the server's own, BadHttpRequestException, and a
    /// caller that went away are left to the dispatcher).
    /// </summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, string operationName, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType!.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? "multipart/form-data"
            : "application/x-www-form-urlencoded";
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new RequestBindingException($"Could not deserialize '{mediaType}' request using '{operationName}'\nError: {ex.Message}", inner: ex);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            var problem = mediaType == "multipart/form-data" ? "The multipart body ended before its closing boundary." : ex.Message;
            throw new RequestBindingException($"Could not deserialize '{mediaType}' request using '{operationName}'\nError: {problem}", inner: ex);
        }
    }

    private WireFormat BodyFormat(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return formats.Json;
        return formats.FindByMediaType(contentType) is { CanReadRequests: true } format
            ? format
            : throw HostHttpException.UnsupportedMediaType(contentType);
    }

    /// <summary>A body that says it is in another format would be misread: a JSV reader skips what JSON writes differently.</summary>
    private WireFormat PredefinedRouteBodyFormat(WireFormat routeFormat, string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || formats.FindByMediaType(contentType) == routeFormat) return routeFormat;
        throw HostHttpException.UnsupportedMediaType(contentType,
            $"A body sent to /{routeFormat.Name}/reply or /{routeFormat.Name}/oneway is read as {routeFormat.MediaTypes[0]}: send that Content-Type, a form, or none.");
    }

    private static async ValueTask<object> ReadBodyAsync(HttpContext context, WireFormat format, RouteMatch match, long maxBodyBytes)
    {
        EnsureWithinLimit(context.Request.ContentLength, maxBodyBytes);
        var reader = context.Request.BodyReader;
        var body = await ReadToEndAsync(reader, maxBodyBytes, context.RequestAborted);
        try
        {
            return format.Deserialize(body, match.Operation.Request, match.Operation.Name);
        }
        finally
        {
            reader.AdvanceTo(body.End);
        }
    }

    private static async ValueTask<ReadOnlySequence<byte>> ReadToEndAsync(PipeReader reader, long maxBodyBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.Buffer.Length > maxBodyBytes)
            {
                reader.AdvanceTo(result.Buffer.End);
                throw HostHttpException.PayloadTooLarge(maxBodyBytes);
            }
            if (result.IsCompleted) return result.Buffer;
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private static void EnsureWithinLimit(long? contentLength, long maxBodyBytes)
    {
        if (contentLength > maxBodyBytes) throw HostHttpException.PayloadTooLarge(maxBodyBytes);
    }
}
