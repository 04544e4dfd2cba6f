using System.Text;
using System.Text.Json;
using ServiceStackCompat.Auth;
using ServiceStackCompat.Formats;
using ServiceStackCompat.NativeTypes;

namespace ServiceStackCompat.AppMetadata;

/// <summary>
/// /metadata/app.json: ServiceStack's AppMetadata, which its UIs and tools read to learn an app. The members
/// this host has: app (name, base URL, version), config, contentTypeFormats, plugins (those loaded, and auth:
/// providers and routes), and api, the MetadataTypes document /types/metadata writes, each operation also
/// saying whether it requires authentication and which roles, by the rule the pipeline enforces.
/// </summary>
public static class AppMetadataWriter
{
    /// <summary>ServiceStack's ids for the features this layer serves (metadata pages, native types, ...).</summary>
    private static readonly string[] LoadedPlugins = ["metadata", "ssref", "auth", "validation", "csv", "html", "openapi"];

    public static string Write(NativeTypesContext context, ServiceHostOptions host, FormatRegistry formats, IEnumerable<AuthProviderInfo> providers)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, MetadataTypesWriter.WriterOptions))
        {
            json.WriteStartObject();

            json.WriteStartObject("app");
            json.WriteString("baseUrl", context.BaseUrl);
            json.WriteString("serviceStackVersion", context.Version);
            json.WriteString("serviceName", host.ServiceName);
            json.WriteString("jsTextCase", "CamelCase");
            json.WriteEndObject();

            json.WriteStartObject("config");
            json.WriteBoolean("debugMode", host.DebugMode);
            json.WriteEndObject();

            json.WriteStartObject("contentTypeFormats");
            foreach (var format in formats.All) json.WriteString(format.MediaTypes[0], format.Name);
            json.WriteEndObject();

            json.WriteStartObject("plugins");
            json.WriteStartArray("loaded");
            foreach (var plugin in LoadedPlugins) json.WriteStringValue(plugin);
            json.WriteEndArray();
            WriteAuth(json, context, providers);
            json.WriteEndObject();

            json.WritePropertyName("api");
            MetadataTypesWriter.WriteDocument(json, context, (writer, operation) => WriteAccess(writer, operation, host));

            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteAuth(Utf8JsonWriter json, NativeTypesContext context, IEnumerable<AuthProviderInfo> providers)
    {
        json.WriteStartObject("auth");
        json.WriteBoolean("hasAuthSecret", false);
        json.WriteBoolean("hasAuthRepository", true);
        json.WriteBoolean("includesRoles", true);
        json.WriteBoolean("includesOAuthTokens", false);
        json.WriteStartArray("authProviders");
        foreach (var provider in providers)
        {
            json.WriteStartObject();
            json.WriteString("name", provider.Name);
            json.WriteString("label", provider.Label);
            json.WriteString("type", provider.Type);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        // The routes of the built-in sign-in operation (Authenticate), by the service that answers them.
        json.WriteStartObject("serviceRoutes");
        foreach (var operation in context.Operations.Where(o => o.Request.IsBuiltInOperationType))
        {
            json.WriteStartArray(operation.Name + "Service");
            foreach (var route in operation.Routes) json.WriteStringValue(route.Path);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteAccess(Utf8JsonWriter json, NativeOperation operation, ServiceHostOptions host)
    {
        json.WriteBoolean("requiresAuth", RequestAuthenticator.RequiresCaller(operation.Model, host.RequireAuthentication));
        if (operation.Model.RequiredRoles.Count == 0) return;
        json.WriteStartArray("requiresAnyRole");
        foreach (var role in operation.Model.RequiredRoles) json.WriteStringValue(role);
        json.WriteEndArray();
    }
}
