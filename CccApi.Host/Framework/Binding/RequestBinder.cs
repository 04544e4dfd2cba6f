using System.Buffers;
using System.IO.Pipelines;
using CccApi.Host.Framework.Errors;
using CccApi.Host.Framework.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Framework.Binding;

/// <summary>
/// Builds a request DTO: the body first (JSON or form), then the query string, then the path
/// variables, which always win so that a query value can never redirect a call away from the
/// object named in its URL.
/// </summary>
public sealed class RequestBinder(IOptions<ServiceHostOptions> options)
{
    private readonly long _maxBodyBytes = options.Value.MaxRequestBodyBytes;

    public async ValueTask<object> BindAsync(HttpContext context, OperationModel operation, IReadOnlyList<KeyValuePair<string, string>> pathVariables)
    {
        var model = operation.Request;
        var dto = model.Factory();
        var request = context.Request;

        if (request.HasFormContentType)
        {
            EnsureWithinLimit(request.ContentLength);
            var form = await request.ReadFormAsync(context.RequestAborted);
            StringValueBinder.Populate(dto, model, form, operation.Name);
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            await ReadJsonBodyAsync(context, dto, operation);
        }

        StringValueBinder.Populate(dto, model, request.Query, operation.Name);

        foreach (var (name, value) in pathVariables)
            StringValueBinder.Set(dto, model.FindProperty(name)!, value, operation.Name);

        return dto;
    }

    private async ValueTask ReadJsonBodyAsync(HttpContext context, object dto, OperationModel operation)
    {
        var contentType = context.Request.ContentType;
        if (contentType is not null && !IsJson(contentType))
            throw HostHttpException.UnsupportedMediaType(contentType);

        EnsureWithinLimit(context.Request.ContentLength);
        var reader = context.Request.BodyReader;
        var body = await ReadToEndAsync(reader, context.RequestAborted);
        try
        {
            JsonRequestReader.Populate(body, dto, operation.Request, operation.Name);
        }
        finally
        {
            reader.AdvanceTo(body.End);
        }
    }

    private async ValueTask<ReadOnlySequence<byte>> ReadToEndAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.Buffer.Length > _maxBodyBytes)
            {
                reader.AdvanceTo(result.Buffer.End);
                throw HostHttpException.PayloadTooLarge(_maxBodyBytes);
            }
            if (result.IsCompleted) return result.Buffer;
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private void EnsureWithinLimit(long? contentLength)
    {
        if (contentLength > _maxBodyBytes) throw HostHttpException.PayloadTooLarge(_maxBodyBytes);
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.AsSpan();
        var semicolon = mediaType.IndexOf(';');
        if (semicolon >= 0) mediaType = mediaType[..semicolon];
        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
