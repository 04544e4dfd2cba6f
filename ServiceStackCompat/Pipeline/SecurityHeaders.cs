using Microsoft.Net.Http.Headers;

namespace ServiceStackCompat.Pipeline;

/// <summary>
/// Headers every answer carries, whoever produced it (operations and their errors, metadata pages, native
/// types, OpenAPI, Swagger UI, health probes, a 404 no endpoint matched): <c>X-Content-Type-Options: nosniff</c>,
/// so a browser never reads a body as another type than the one declared (an echoed string as HTML or script);
/// and on HTML answers <c>X-Frame-Options: DENY</c> with the CSP <c>frame-ancestors 'none'</c>, so no other
/// site can frame a page to click-jack it. Only framing is restricted, so the pages' own scripts and styles
/// (Swagger UI's) run as before. Set as the response starts, after any handler cleared its headers.
/// </summary>
internal static class SecurityHeaders
{
    public const string FrameAncestorsNone = "frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(ApplyAsResponseStarts, context.Response);
        return next();
    }

    private static Task ApplyAsResponseStarts(object state)
    {
        var response = (HttpResponse)state;
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (IsHtml(response.ContentType))
        {
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
                headers.ContentSecurityPolicy = FrameAncestorsNone;
        }
        return Task.CompletedTask;
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
}
