using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Gateways;

/// <summary>Gateways registered and keyed through the API, for the gateway tests.</summary>
public static class GatewayWorld
{
    public static string SettingsOf(Guid gateway) => $"/api/gateways/{gateway:N}/services/settings";

    public static string ServiceSettings(Guid gateway, Guid service) => $"/api/gateways/{gateway:N}/services/{service:N}/settings";

    public static string Rules(Guid gateway, Guid service) => $"{ServiceSettings(gateway, service)}/messagerules";

    public static string Keys(Guid gateway) => $"/api/gateways/{gateway:N}/keys";

    /// <summary>Registers a gateway as <paramref name="admin"/> (CreateGateway); returns its GatewayGuid.</summary>
    public static Task<Guid> RegisterAsync(ApiClient admin, string? name = null) => new Scenario(admin).GatewayAsync(name);

    /// <summary>Issues a key of the gateway as <paramref name="admin"/> (CreateGatewayKey); returns the key.</summary>
    public static async Task<string> KeyAsync(ApiClient admin, Guid gateway)
    {
        var created = await admin.PostAsync(Keys(gateway), new { name = "Gateway test key" });
        ApiAssert.IsOk(created);
        return created.Text("key");
    }

    /// <summary>Adds a message rule (CreateGatewayServiceMessageRule); returns its MessageRuleGuid.</summary>
    public static async Task<Guid> RuleAsync(ApiClient admin, Guid gateway, Guid service, string matchExpression = "^spam", int? position = null)
    {
        var created = await admin.PostAsync(Rules(gateway, service), new { matchExpression, description = "Rule " + matchExpression, position });
        ApiAssert.IsOk(created);
        return created.Guid("messageRuleGuid");
    }
}
