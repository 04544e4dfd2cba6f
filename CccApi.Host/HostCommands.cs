using CccApi.ServiceInterface;
using CccApi.ServiceInterface.Auth;

namespace CccApi.Host;

/// <summary>
/// Commands the host runs instead of serving, named by the first command-line argument:
/// `migrate` applies pending database migrations and exits; `admin ...` (e.g. `admin
/// create-superuser --email ...`) manages admin users and exits with the command's exit code.
/// </summary>
internal static class HostCommands
{
    public const string Migrate = "migrate";

    /// <returns>True when a command ran and the process should exit instead of serving.</returns>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (AdminCommandLine.IsAdminCommand(args))
        {
            await app.Services.InitializeCccDatabaseAsync(app.Lifetime.ApplicationStopping);
            Environment.ExitCode = await AdminCommandLine.RunAsync(args, app.Services, Console.Out, app.Lifetime.ApplicationStopping);
            return true;
        }

        if (args.Length == 0 || !string.Equals(args[0], Migrate, StringComparison.OrdinalIgnoreCase))
            return false;

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostCommands));
        logger.LogInformation("Applying database migrations");
        await app.Services.MigrateCccDatabaseAsync(app.Lifetime.ApplicationStopping);
        logger.LogInformation("The database is up to date");
        return true;
    }
}
