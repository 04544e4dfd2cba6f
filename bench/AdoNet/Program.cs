// The physical limit for bench/run.sh: CreateServiceSku, GetService and the ResellerCollectionAccess PUT doing the same SQL as CccApi with
// plain ADO.NET (Microsoft.Data.Sqlite or Npgsql, prepared statements, no ORM), the same API-key check from a
// cache, the same validation rules by hand and the same wire JSON. It shares the database CccApi migrated
// and seeded, and serves the bench's caller, a SuperUser, whose scope rule filters nothing.
using System.Text.Json;
using CccApi.Bench.AdoNet;
using CccApi.Bench.Diagnostics;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using ServiceStackCompat.Formats.Wire;

_ = WireJson.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
var connectionString = builder.Configuration["Database:ConnectionString"] ?? throw new InvalidOperationException("Database:ConnectionString is required.");
IBenchStore store = provider == "PostgreSql" ? new PostgreSqlBenchStore(connectionString) : new SqliteBenchStore(connectionString);
var skusPerService = builder.Configuration.GetValue("Quotas:SkusPerService", 1000);
var keys = new ApiKeyCache(store, TimeProvider.System);
// GetService's Urls from the same templates CccApi reads (ServiceUrls, else their defaults).
var urls = new ServiceUrlBuilder(Microsoft.Extensions.Options.Options.Create(
    builder.Configuration.GetSection(ServiceUrlSettings.SectionName).Get<ServiceUrlSettings>() ?? new ServiceUrlSettings()));

var app = builder.Build();
app.MapBenchDiagnosticsIfEnabled();

const string JsonContentType = "application/json; charset=utf-8";

app.MapGet("/api/ping", () => Results.Text(
    WireJson.Serialize(new PingResponse { Timestamp = DateTime.UtcNow, Version = "8.4.0.0" }), JsonContentType));

app.MapPost("/api/services/{serviceGuid:guid}/skus", async (HttpContext http, Guid serviceGuid) =>
{
    var ct = http.RequestAborted;
    if (await RefusedCallerAsync(http) is { } refused) return refused;
    var request = await JsonSerializer.DeserializeAsync<CreateServiceSku>(http.Request.Body, WireJson.Options, ct);
    if (request is null || CreateServiceSkuRules.FirstInvalidField(request) is not null) return Results.StatusCode(StatusCodes.Status400BadRequest);
    if (!await store.ServiceExistsAsync(serviceGuid, ct)) return Results.StatusCode(StatusCodes.Status404NotFound);
    if (request.ServiceSkuBundleGuid is { } bundle && !await store.BundleOfServiceExistsAsync(bundle, serviceGuid, ct))
        return Results.StatusCode(StatusCodes.Status404NotFound);
    if (await store.SkuCountAsync(serviceGuid, skusPerService, ct) >= skusPerService) return Results.StatusCode(StatusCodes.Status409Conflict);

    var id = Guid.NewGuid();
    await store.InsertSkuAsync(new NewSku(id, serviceGuid, request.ServiceSkuBundleGuid, NameForms.Normalize(request.Name),
        request.BillingMetric is null ? BillingMetrics.Default : BillingMetrics.Canonical(request.BillingMetric)!,
        request.UnitPrice, request.Quantity, request.Description, DateTime.UtcNow, request.EndedDate), ct);
    return Results.Text(WireJson.Serialize(new AssignServiceSkuResponse { ServiceSkuGuid = id }), JsonContentType);
});

app.MapGet("/api/services/{serviceGuid:guid}", async (HttpContext http, Guid serviceGuid) =>
{
    if (await RefusedCallerAsync(http) is { } refused) return refused;
    if (await store.ServiceAsync(serviceGuid, http.RequestAborted) is not { } read) return Results.StatusCode(StatusCodes.Status404NotFound);
    var response = read.Response;
    response.Urls = urls.Build(read.ServicesApiBaseUrl, read.SiteEndpointUrl, response.ServiceCode!, response.PrimaryDomain);
    return Results.Text(WireJson.Serialize(response), JsonContentType);
});

// The bench sends IsDefaultCollectionForSite false to a record that is not (or no longer) the default, so it
// measures the three reads; a change goes through the same transaction CccApi uses.
app.MapPut("/api/resellers/{resellerGuid:guid}/collectionaccess/{collectionGuid:guid}", async (HttpContext http, Guid resellerGuid, Guid collectionGuid) =>
{
    var ct = http.RequestAborted;
    if (await RefusedCallerAsync(http) is { } refused) return refused;
    var request = await JsonSerializer.DeserializeAsync<ResellerCollectionAccess>(http.Request.Body, WireJson.Options, ct);
    if (request is null) return Results.StatusCode(StatusCodes.Status400BadRequest);
    if (!await store.ResellerExistsAsync(resellerGuid, ct) || !await store.CollectionExistsAsync(collectionGuid, ct))
        return Results.StatusCode(StatusCodes.Status404NotFound);
    if (await store.AccessRecordAsync(resellerGuid, collectionGuid, ct) is not { } record) return Results.StatusCode(StatusCodes.Status404NotFound);
    if (request.IsDefaultCollectionForSite is { } isDefault && isDefault != record.IsDefaultCollectionForSite)
        await store.SetDefaultCollectionForSiteAsync(resellerGuid, record, isDefault, ct);
    return Results.Text(WireJson.Serialize(new BaseResponse()), JsonContentType);
});

await app.RunAsync();

// 401 without a valid key; 403 for a caller other than a SuperUser, whose scope rules this target does not carry.
async Task<IResult?> RefusedCallerAsync(HttpContext http)
{
    var owner = await keys.FindOwnerAsync(http.Request, http.RequestAborted);
    if (owner is null) return Results.StatusCode(StatusCodes.Status401Unauthorized);
    return owner.Type == "SuperUser" ? null : Results.StatusCode(StatusCodes.Status403Forbidden);
}
