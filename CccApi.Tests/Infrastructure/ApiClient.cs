using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Infrastructure;

/// <summary>Sends JSON to the API and returns what came back, status line included.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<ApiResult> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<ApiResult> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

    public Task<ApiResult> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<ApiResult> PutAsync(string path, object? body = null) => SendAsync(HttpMethod.Put, path, body);

    public Task<ApiResult> SendAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return SendAsync(request);
    }

    public async Task<ApiResult> SendAsync(HttpRequestMessage request)
    {
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new ApiResult(response.StatusCode, response.ReasonPhrase, body, response.Content.Headers.ContentType, response.Headers);
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A response: status, reason phrase, body text and the body parsed as JSON when it is JSON.</summary>
public sealed record ApiResult(HttpStatusCode Status, string? Reason, string Body, MediaTypeHeaderValue? ContentType, HttpResponseHeaders Headers)
{
    private readonly Lazy<JsonNode?> _json = new(() => Body.Length == 0 ? null : JsonNode.Parse(Body));

    public int StatusCode => (int)Status;

    public string? ContentDisposition { get; init; }

    public JsonNode Json => _json.Value ?? throw new InvalidOperationException("The response has no body.");

    public JsonNode? ResponseStatus => Json["responseStatus"];

    public string? ErrorCode => ResponseStatus?["errorCode"]?.GetValue<string>();

    public IEnumerable<JsonNode> Errors => ResponseStatus?["errors"]?.AsArray().Select(e => e!) ?? [];

    public IEnumerable<string?> ErrorFields => Errors.Select(e => e["fieldName"]?.GetValue<string>());

    public string Text(string property) => Json[property]?.GetValue<string>() ?? throw new InvalidOperationException($"No '{property}' in {Body}");

    public Guid Guid(string property) => System.Guid.Parse(Text(property));

    public override string ToString() => $"{StatusCode} {Reason}: {Body}";
}
