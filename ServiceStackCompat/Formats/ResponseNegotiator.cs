using Microsoft.Extensions.Options;
using ServiceStackCompat.Errors;
using ServiceStackCompat.Routing;

namespace ServiceStackCompat.Formats;

/// <summary>The format a response is written in, and the JSONP callback when there is one.</summary>
public readonly record struct ResponseFormat(WireFormat Format, string? Callback);

/// <summary>
/// Chooses the response format as ServiceStack does: <c>?callback=</c> forces JSON, then
/// <c>?format=</c>, then the predefined route's format, then a ".json"-style suffix, then the first
/// Accept entry we speak (q-values ignored), then JSON. With JSONP off, <c>?callback=</c> is ignored.
/// </summary>
public sealed class ResponseNegotiator(FormatRegistry formats, IOptions<ServiceHostOptions> options)
{
    private readonly bool _jsonp = options.Value.Jsonp != JsonpPolicy.Off;

    public ResponseFormat Negotiate(HttpRequest request, RouteMatch? match)
    {
        if (Callback(request) is { } callback) return new(formats.Json, callback);

        var requested = request.Query["format"].ToString();
        if (requested.Length > 0)
        {
            return new(formats.FindByName(requested)
                ?? throw new HostHttpException(StatusCodes.Status400BadRequest, "NotSupportedException",
                    $"The format '{requested}' is not supported; use one of: {string.Join(", ", formats.All.Select(f => f.Name))}."), null);
        }

        if (match?.RouteFormat is { } routeFormat) return new(routeFormat, null);
        if (match?.SuffixFormat is { } suffixFormat) return new(suffixFormat, null);
        return new(FromAccept(request.Headers.Accept.ToString()) ?? formats.Json, null);
    }

    /// <summary>A fallback for errors raised before negotiation could finish.</summary>
    public ResponseFormat Fallback(HttpRequest request) => new(formats.Json, Callback(request));

    private string? Callback(HttpRequest request)
    {
        if (!_jsonp) return null;
        var callback = request.Query["callback"].ToString();
        return callback.Length > 0 ? Jsonp.SanitizeCallback(callback) : null;
    }

    // Walks the header in place: every request has one, and splitting it allocated an array and a string per entry.
    private WireFormat? FromAccept(ReadOnlySpan<char> accept)
    {
        foreach (var range in accept.Split(','))
        {
            var entry = accept[range].Trim();
            if (entry.Length > 0 && formats.FindByMediaType(entry) is { } format) return format;
        }
        return null;
    }
}
