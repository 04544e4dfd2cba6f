// A bare minimal-API host for bench/run.sh: the same ServiceInterface services, wire JSON settings
// (the host's WireJson options for System.Text.Json), database settings and API-key check as CccApi,
// with none of CccApi's HTTP layer, so that each CccApi/baseline ratio isolates what that layer costs.
using System.Security.Claims;
using System.Text.Json;
using CccApi.Bench.Diagnostics;
using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Services;
using CccApi.ServiceInterface.Validation;
using CccApi.ServiceModel;
using ServiceStackCompat;
using ServiceStackCompat.Formats.Wire;

_ = WireJson.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddCccApi(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHttpContextAccessor(); // the caller context from the request, as CccApi.Host registers it
builder.Services.AddScoped<ICallerContext>(provider =>
{
    var accessor = provider.GetRequiredService<IHttpContextAccessor>();
    return new ClaimsCallerContext(() => accessor.HttpContext?.User, () => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        static () => null); // API keys only: the baseline has no sessions
});
builder.Services.AddScoped<ServiceSkuService>();
builder.Services.AddScoped<ServicesService>();
builder.Services.AddScoped<ResellerCollectionAccessService>();
builder.Services.AddSingleton<CreateServiceSkuValidator>(); // the host validates requests before calling the service
builder.Services.AddSingleton<CreateServiceValidator>();

var app = builder.Build();
await app.Services.InitializeCccDatabaseAsync();
app.MapBenchDiagnosticsIfEnabled();

const string JsonContentType = "application/json; charset=utf-8";

app.MapGet("/api/ping", () => Results.Text(
    WireJson.Serialize(new PingResponse { Timestamp = DateTime.UtcNow, Version = "8.4.0.0" }), JsonContentType));

// The operation page CccApi rendered for this run (bench/run.sh saves it), served as fixed bytes.
if (Environment.GetEnvironmentVariable("BENCH_METADATA_PAGE") is { Length: > 0 } pagePath)
{
    var page = await File.ReadAllBytesAsync(pagePath);
    app.MapGet("/api/json/metadata", () => Results.Bytes(page, "text/html; charset=utf-8"));
}

app.MapPost("/api/services/{serviceGuid:guid}/skus", async (HttpContext http, Guid serviceGuid, ServiceSkuService service, CreateServiceSkuValidator validator) =>
{
    if (!await AuthenticateAsync(http)) return Results.StatusCode(StatusCodes.Status401Unauthorized);
    var request = await ReadJsonAsync<CreateServiceSku>(http);
    request.ServiceGuid = serviceGuid;
    if (!(await validator.ValidateAsync(request, http.RequestAborted)).IsValid) return Results.StatusCode(StatusCodes.Status400BadRequest);
    var response = await service.Post(request, http.RequestAborted);
    return Results.Text(WireJson.Serialize(response), JsonContentType);
});

// CreateService and the ResellerCollectionAccess PUT, so that the baseline's process has done the same
// work as CccApi's by the time the next scenario is measured (its heap and caches are then alike).
app.MapPost("/api/services", async (HttpContext http, ServicesService service, CreateServiceValidator validator) =>
{
    if (!await AuthenticateAsync(http)) return Results.StatusCode(StatusCodes.Status401Unauthorized);
    var request = await ReadJsonAsync<CreateService>(http);
    if (!(await validator.ValidateAsync(request, http.RequestAborted)).IsValid) return Results.StatusCode(StatusCodes.Status400BadRequest);
    var response = await service.Post(request, http.RequestAborted);
    return Results.Text(WireJson.Serialize(response), JsonContentType);
});

app.MapPut("/api/resellers/{resellerGuid:guid}/collectionaccess/{collectionGuid:guid}",
    async (HttpContext http, Guid resellerGuid, Guid collectionGuid, ResellerCollectionAccessService service) =>
{
    if (!await AuthenticateAsync(http)) return Results.StatusCode(StatusCodes.Status401Unauthorized);
    var request = await ReadJsonAsync<ResellerCollectionAccess>(http);
    request.ResellerGuid = resellerGuid;
    request.CollectionGuid = collectionGuid;
    var response = await service.Put(request, http.RequestAborted);
    return Results.Text(WireJson.Serialize(response), JsonContentType);
});

app.MapGet("/api/services/{serviceGuid:guid}", async (HttpContext http, Guid serviceGuid, ServicesService service) =>
{
    if (!await AuthenticateAsync(http)) return Results.StatusCode(StatusCodes.Status401Unauthorized);
    var response = await service.Get(new GetService { ServiceGuid = serviceGuid }, http.RequestAborted);
    return Results.Text(WireJson.Serialize(response), JsonContentType);
});

await app.RunAsync();

// The host's check, reduced to its API-key path: "Authorization: Bearer <key>" resolved through the
// application's ICredentialResolver (cached digest lookup), the caller set on HttpContext.User.
static async Task<bool> AuthenticateAsync(HttpContext http)
{
    var header = http.Request.Headers.Authorization.ToString();
    const string Bearer = "Bearer ";
    if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)) return false;
    var resolver = http.RequestServices.GetRequiredService<ICredentialResolver>();
    ClaimsPrincipal? caller = await resolver.ResolveApiKeyAsync(header[Bearer.Length..].Trim(), http.RequestAborted);
    if (caller is null) return false;
    http.User = caller;
    return true;
}

// The request body as a DTO: read whole, deserialized by System.Text.Json with the host's wire options.
static async Task<T> ReadJsonAsync<T>(HttpContext http)
{
    using var reader = new StreamReader(http.Request.Body);
    return JsonSerializer.Deserialize<T>(await reader.ReadToEndAsync(http.RequestAborted), WireJson.Options)!;
}
