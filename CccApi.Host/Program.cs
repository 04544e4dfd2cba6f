using CccApi.Host;
using CccApi.Host.Framework;
using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddHostDirectorySettings();

builder.Services.AddCccApi(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddServiceStackHost(builder.Configuration, ApiAssemblies.All);

var app = builder.Build();

await app.Services.InitializeCccDatabaseAsync();
if (AdminCommandLine.IsAdminCommand(args)) return await AdminCommandLine.RunAsync(args, app.Services, Console.Out);
app.MapServiceStackEndpoints();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
