using System.Buffers.Text;
using System.Security.Cryptography;
using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Validation;
using FluentValidation;

namespace CccApi.Host.CommandLine;

/// <summary>
/// <c>admin create-superuser --email X [--password Y]</c>: creates a SuperUser, prints its API key (and
/// the generated password when none was given) and lets the program exit.
/// </summary>
internal static class AdminCommandLine
{
    public const string CommandName = "admin";

    public const string Usage = "usage: admin create-superuser --email <address> [--password <password>]";

    /// <summary>Runs the command: what it made goes to <paramref name="output"/>, why it made nothing to <paramref name="error"/>.</summary>
    /// <returns>The process exit code: 0 done, 1 refused, 2 a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var email = Option(args, "--email");
        if (args.Length < 2 || args[1] != "create-superuser" || email is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var password = Option(args, "--password");
        var generated = password is null;
        password ??= Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
        var invalid = new NewSuperUserValidator().Validate(new NewSuperUser(email, password));
        if (!invalid.IsValid)
        {
            foreach (var failure in invalid.Errors)
                await error.WriteLineAsync($"--{failure.PropertyName.ToLowerInvariant()}: {failure.ErrorMessage}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        if (await accounts.FindByEmailAsync(email, ct) is not null)
        {
            await error.WriteLineAsync($"An admin user {AdminAccounts.NormalizeEmail(email)} exists already; nothing was created.");
            return 1;
        }

        var user = await accounts.CreateUserAsync(email, password, AdminUserType.SuperUser, null, ct);
        // The user was created active a moment ago; only a disable in between would leave it without a key.
        if (await accounts.IssueApiKeyAsync(user.Id, "create-superuser", null, ct) is not var (_, key))
        {
            await error.WriteLineAsync($"The admin user {user.Email} was disabled before its key could be issued; nothing was issued.");
            return 1;
        }

        await output.WriteLineAsync($"SuperUser: {user.Email}");
        if (generated) await output.WriteLineAsync($"Password: {password}");
        await output.WriteLineAsync($"API key: {key}");
        await output.WriteLineAsync("The key is shown only now. Send it as: Authorization: Bearer <key>");
        return 0;
    }

    private sealed record NewSuperUser(string Email, string Password);

    /// <summary>The rules the API applies to a new admin user's email address and password.</summary>
    private sealed class NewSuperUserValidator : AbstractValidator<NewSuperUser>
    {
        public NewSuperUserValidator() => AdminUserCredentialsRules.ApplyTo(this, user => user.Email, user => user.Password);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && args[index + 1].Length > 0 ? args[index + 1] : null;
    }
}
