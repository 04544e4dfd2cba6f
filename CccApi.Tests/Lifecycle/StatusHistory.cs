using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Lifecycle;

/// <summary>Reading SearchServiceStatusChanges' answers.</summary>
internal static class StatusHistory
{
    public static async Task<JsonArray> OfServiceAsync(ApiClient client, Guid service)
    {
        var result = await client.GetAsync($"/api/services/status?serviceGuid={service:N}&pageSize=100");
        ApiAssert.IsOk(result);
        return result.Json["results"]!.AsArray();
    }

    public static IEnumerable<string?> Statuses(JsonArray changes) => changes.Select(c => c.Str("status"));

    public static Task<ApiResult> ChangeAsync(ApiClient client, Guid service, string status, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["status"] = status };
        if (extra is not null)
            foreach (var property in extra.GetType().GetProperties()) body[property.Name] = property.GetValue(extra);
        return client.PutAsync($"/api/services/{service:N}/status", body);
    }
}
