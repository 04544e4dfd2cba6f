using CccApi.Host;
using CccApi.Host.Framework;
using CccApi.ServiceInterface;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddHostDirectorySettings();

builder.Services.AddCccApi(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddServiceStackHost(builder.Configuration, ApiAssemblies.All);

var app = builder.Build();

await app.Services.InitializeCccDatabaseAsync();
app.MapServiceStackEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;
