using System.Net;
using System.Net.Http.Headers;

namespace CccApi.Tests.Metadata;

/// <summary>A metadata page as a browser receives it.</summary>
public sealed record MetadataPage(HttpStatusCode Status, string? Reason, MediaTypeHeaderValue? ContentType, string Html)
{
    public IReadOnlyList<string> Lines => PageText.Lines(Html);

    /// <summary>The lines without surrounding whitespace, blank ones left out.</summary>
    public IReadOnlyList<string> TrimmedLines => Lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public override string ToString() => $"{(int)Status} {Reason}: {Html}";
}

public static class MetadataPageClient
{
    public const string SeedHost = "api.secure-messaging.com";

    /// <summary>GETs a page as a browser would, optionally naming the host the caller used.</summary>
    public static async Task<MetadataPage> GetPageAsync(this HttpClient http, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        if (host is not null) request.Headers.Host = host;
        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return new MetadataPage(response.StatusCode, response.ReasonPhrase, response.Content.Headers.ContentType, html);
    }
}
