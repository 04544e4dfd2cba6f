using System.Security.Cryptography;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// <c>admin create-superuser --email X [--password Y]</c>: creates a SuperUser, prints its API key (and
/// the generated password when none was given) and lets the program exit.
/// </summary>
public static class AdminCommandLine
{
    public const string Usage = "usage: admin create-superuser --email <address> [--password <password>]";

    public static bool IsAdminCommand(string[] args) => args.Length > 0 && args[0] == "admin";

    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var email = Option(args, "--email");
        if (args.Length < 2 || args[1] != "create-superuser" || email is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        if (await accounts.FindByEmailAsync(email, ct) is not null)
        {
            await output.WriteLineAsync($"An admin user {AdminAccounts.NormalizeEmail(email)} exists already.");
            return 1;
        }

        var password = Option(args, "--password");
        var generated = password is null;
        password ??= WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));
        var user = await accounts.CreateUserAsync(email, password, AdminUserType.SuperUser, null, ct);
        var (_, key) = await accounts.IssueApiKeyAsync(user.Id, "create-superuser", null, ct);

        await output.WriteLineAsync($"SuperUser: {user.Email}");
        if (generated) await output.WriteLineAsync($"Password: {password}");
        await output.WriteLineAsync($"API key: {key}");
        await output.WriteLineAsync("The key is shown only now. Send it as: Authorization: Bearer <key>");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && args[index + 1].Length > 0 ? args[index + 1] : null;
    }
}
