using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Fuzz;

/// <summary>Who sends a generated request.</summary>
public enum CallerKind
{
    SuperUser,
    Partner,
    Reseller,
    ServiceAdmin,
    Anonymous,
    BadKey,

    /// <summary>The cell's collection, by its usage-reporting key: the only caller ReportCollectionUsage admits.</summary>
    Collection,
}

/// <summary>How a generated body is encoded.</summary>
public enum BodyEncoding
{
    Json,
    Form,
    JsonAsTextPlain,
    JsonAsJsv,
    JsonAsXml,
    JsonWithoutContentType,
}

/// <summary>
/// A generated request, kept as parts (path values, query pairs, body members with duplicates allowed)
/// so that mutations can change one part; <see cref="ToString"/> is the reproduction printed on failure.
/// </summary>
public sealed class RequestSpec(Endpoint endpoint)
{
    public Endpoint Endpoint { get; } = endpoint;

    public string Verb { get; set; } = endpoint.Verb;

    public CallerKind Caller { get; set; } = CallerKind.SuperUser;

    /// <summary>The API key sent as Bearer (null: none).</summary>
    public string? ApiKey { get; set; }

    public Dictionary<string, string> PathValues { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<KeyValuePair<string, string>> Query { get; } = [];

    /// <summary>Null: no body at all.</summary>
    public List<KeyValuePair<string, JsonNode?>>? Body { get; set; }

    public BodyEncoding Encoding { get; set; } = BodyEncoding.Json;

    /// <summary>Bytes sent instead of the rendered body (invalid UTF-8, truncated JSON...).</summary>
    public byte[]? RawBody { get; set; }

    /// <summary>Replaces the whole path when set (extra segments, odd casing).</summary>
    public string? PathOverride { get; set; }

    public string Url
    {
        get
        {
            var path = PathOverride ?? PathValues.Aggregate(Endpoint.PathTemplate,
                (p, v) => p.Replace("{" + v.Key + "}", Uri.EscapeDataString(WithoutNul(v.Value)), StringComparison.OrdinalIgnoreCase));
            var query = string.Join("&", Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
            return "/api" + path + (query.Length > 0 ? "?" + query : "");
        }
    }

    /// <summary>A NUL in a path is refused by the server before any application code runs (Kestrel answers 400), so paths carry none.</summary>
    private static string WithoutNul(string value) => value.Replace("\0", "", StringComparison.Ordinal);

    public void SetBody(string name, JsonNode? value)
    {
        Body ??= [];
        var index = Body.FindIndex(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) Body[index] = new(name, value);
        else Body.Add(new(name, value));
    }

    public string? BodyText() => Body is null ? null : Encoding == BodyEncoding.Form
        ? string.Join("&", Body.Select(m => $"{Uri.EscapeDataString(m.Key)}={Uri.EscapeDataString(JsonText.AsFieldText(m.Value))}"))
        : JsonText.Object(Body);

    public HttpRequestMessage ToHttpRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Verb), Url);
        request.Headers.Accept.ParseAdd("application/json");
        if (ApiKey is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        var bytes = RawBody ?? (BodyText() is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : null);
        if (bytes is null) return request;
        request.Content = new ByteArrayContent(bytes);
        var contentType = ContentTypeOf(Encoding);
        if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return request;
    }

    private static string? ContentTypeOf(BodyEncoding encoding) => encoding switch
    {
        BodyEncoding.Json => "application/json",
        BodyEncoding.Form => "application/x-www-form-urlencoded",
        BodyEncoding.JsonAsTextPlain => "text/plain",
        BodyEncoding.JsonAsJsv => "text/jsv",
        BodyEncoding.JsonAsXml => "application/xml",
        _ => null,
    };

    /// <summary>Enough to replay the request by hand: verb, URL, caller, content type and body.</summary>
    public override string ToString()
    {
        var body = RawBody is not null ? "bytes " + Convert.ToHexString(RawBody.Length > 400 ? RawBody[..400] : RawBody) : BodyText();
        if (body is { Length: > 2000 }) body = body[..2000] + $"... ({body.Length} chars)";
        return $"{Verb} {Url} as {Caller} [{Endpoint}] ({Encoding}){(body is null ? "" : "\n" + body)}";
    }
}
