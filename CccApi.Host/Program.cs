using CccApi.Host;
using CccApi.Host.CommandLine;
using CccApi.Host.Diagnostics;
using ServiceStackCompat;
using CccApi.Host.Health;
using CccApi.Host.Hosting;
using CccApi.ServiceInterface;

if (HostCommandLine.AnswerWithUsage(args, Console.Out, Console.Error) is { } usageExitCode) return usageExitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddHostDirectorySettings();
builder.Logging.ReportAddressInUseOnce();

builder.Services.AddCccApi(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHttpCallerContext();
builder.Services.AddServiceStackHost(builder.Configuration, ApiAssemblies.All);
builder.Services.AddCccHealthChecks();

var app = builder.Build();

if (await app.RunCommandAsync(args) is { } commandExitCode) return commandExitCode; // `migrate`, `admin create-superuser ...`

await app.Services.InitializeCccDatabaseAsync();
app.MapCccHealthChecks();
app.MapBenchDiagnosticsIfEnabled(); // only when CCCAPI_BENCH_DIAGNOSTICS=1
app.MapServiceStackEndpoints();

return await app.RunReportingAddressInUseAsync(Console.Error);

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
