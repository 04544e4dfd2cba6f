using Microsoft.Extensions.Configuration;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// The first SuperUser, from environment variables (or any configuration source) on start-up:
/// CCCAPI_BOOTSTRAP_SUPERUSER_EMAIL, and optionally _PASSWORD and _APIKEY.
/// </summary>
public sealed record BootstrapSuperUser(string? Email, string? Password, string? ApiKey)
{
    public const string EmailKey = "CCCAPI_BOOTSTRAP_SUPERUSER_EMAIL";
    public const string PasswordKey = "CCCAPI_BOOTSTRAP_SUPERUSER_PASSWORD";
    public const string ApiKeyKey = "CCCAPI_BOOTSTRAP_SUPERUSER_APIKEY";

    public static BootstrapSuperUser From(IConfiguration configuration) =>
        new(Value(configuration, EmailKey), Value(configuration, PasswordKey), Value(configuration, ApiKeyKey));

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value.Trim() : null;
}
