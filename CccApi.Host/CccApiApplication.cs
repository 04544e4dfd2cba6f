using CccApi.Host.CommandLine;
using CccApi.Host.Email;
using CccApi.Host.Health;
using CccApi.Host.Hosting;
using CccApi.Host.Lifecycle;
using CccApi.Host.Reports;
using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Upgrades;
using CccApi.ServiceInterface.Services;
using CccApi.ServiceModel;
using ServiceStackCompat;
using ServiceStackCompat.AppMetadata;

namespace CccApi.Host;

/// <summary>
/// The host's wiring, as Program.cs runs it: settings, services, then a command or the API. Public so
/// that bench/Host can run exactly this with its diagnostics beside it, which the shipped host lacks.
/// </summary>
public static class CccApiApplication
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddHostDirectorySettings();
        builder.Logging.ReportAddressInUseOnce();
        builder.WebHost.UseConfiguredRequestBodyDataRate();

        builder.Services.AddCccApi(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddHttpCallerContext();
        // /auth's sign-in with email and password, listed in the app metadata before the API key the layer adds.
        builder.Services.AddSingleton(new AuthProviderInfo(AuthenticateService.CredentialsProvider, "credentials", "Sign In"));
        builder.Services.AddServiceStackHost(builder.Configuration, ApiAssemblies.All);
        // A collection's usage-reporting key calls the usage intake and nothing else, and a gateway's key only the gateway
        // operations that name its role, whatever the configuration says.
        builder.Services.PostConfigure<ServiceHostOptions>(options =>
            options.ConfinedRoles = [.. options.ConfinedRoles.Append(UsageReporting.CollectionRole).Append(GatewayCaller.Role).Distinct(StringComparer.Ordinal)]);
        builder.Services.AddUsageReportViews();
        builder.Services.AddCccHealthChecks();
        builder.Services.AddHostedService<TrialExpiryWorker>();
        builder.Services.AddHostedService<EmailOutboxWorker>();
        return builder;
    }

    /// <summary>Runs a command (`migrate`, `admin create-superuser ...`), or prepares the database and serves; returns the exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            if (await app.RunCommandAsync(args) is { } commandExitCode) return commandExitCode;
            await app.Services.InitializeCccDatabaseAsync();
        }
        catch (DatabaseStartupException ex)
        {
            // Nothing would work without the database: one line saying which and why, then a non-zero exit.
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (StoredTextCollisionException ex)
        {
            // An upgrade an operator must finish by hand: the groups to rename, without a stack trace.
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        app.UseServiceStackForwardedHeaders();
        app.UseServiceStackSecurityHeaders();
        app.MapCccHealthChecks();
        app.MapServiceStackEndpoints();
        return await app.RunReportingAddressInUseAsync(Console.Error);
    }
}
