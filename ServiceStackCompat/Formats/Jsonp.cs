
namespace ServiceStackCompat.Formats;

/// <summary>JSONP: JSON wrapped in a call to a callback the caller names.</summary>
public static class Jsonp
{
    public const string ContentType = "text/javascript; charset=utf-8";

    /// <summary>
    /// Every character outside [A-Za-z0-9._] becomes '_', as ServiceStack does, so that no callback
    /// value can inject script.
    /// </summary>
    public static string SanitizeCallback(string callback) =>
        string.Create(callback.Length, callback, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '_';
            }
        });
}
