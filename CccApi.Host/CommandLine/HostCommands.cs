using CccApi.ServiceInterface;

namespace CccApi.Host.CommandLine;

/// <summary>
/// Commands the host runs instead of serving, named by the first command-line argument:
/// `migrate` applies pending database migrations and exits; `admin ...` (e.g. `admin
/// create-superuser --email ...`) manages admin users and exits with the command's exit code.
/// </summary>
internal static class HostCommands
{
    /// <returns>The exit code when a command ran and the process should exit instead of serving; null to serve.</returns>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        switch (HostCommandLine.Classify(args))
        {
            case HostCommand.Admin:
                await app.Services.InitializeCccDatabaseAsync(stopping);
                return await AdminCommandLine.RunAsync(args, app.Services, Console.Out, Console.Error, stopping);
            case HostCommand.Migrate:
                await app.Services.MigrateCccDatabaseAsync(stopping);
                return 0;
            default:
                return null;
        }
    }
}
