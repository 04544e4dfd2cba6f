using CccApi.Host;
using CccApi.Host.Diagnostics;
using CccApi.Host.Framework;
using CccApi.Host.Health;
using CccApi.ServiceInterface;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddHostDirectorySettings();

builder.Services.AddCccApi(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddServiceStackHost(builder.Configuration, ApiAssemblies.All);
builder.Services.AddCccHealthChecks();

var app = builder.Build();

if (await app.RunCommandAsync(args)) return; // `migrate`, `admin create-superuser ...`: run and exit

await app.Services.InitializeCccDatabaseAsync();
app.MapCccHealthChecks();
app.MapBenchDiagnosticsIfEnabled(); // only when CCCAPI_BENCH_DIAGNOSTICS=1
app.MapServiceStackEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
