using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// On start-up, after migrations and under the start-up lock (so hosts starting together do not
/// race): creates the SuperUser (and stores its key) named by <see cref="BootstrapSuperUser"/>
/// settings, or says in the log how to get a first SuperUser when there is no admin user at all.
/// </summary>
public sealed class SuperUserBootstrap(IServiceScopeFactory scopes, BootstrapSuperUser bootstrap, ILogger<SuperUserBootstrap> logger)
{
    public const string ApiKeyName = "bootstrap";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        if (!await SchemaIsCurrentAsync(scope.ServiceProvider.GetRequiredService<CccDbContext>(), cancellationToken))
        {
            logger.LogWarning("The database is unreachable or its schema is not up to date (run `dotnet run --project CccApi.Host -- migrate`); no SuperUser was bootstrapped.");
            return;
        }

        if (bootstrap.Email is null)
        {
            if (!await scope.ServiceProvider.GetRequiredService<CccDbContext>().AdminUsers.AnyAsync(cancellationToken))
                logger.LogWarning(
                    "There is no admin user yet. Create the first SuperUser and its API key with: dotnet run --project CccApi.Host -- admin create-superuser --email you@example.com (or set {EmailKey} and {ApiKeyKey} before starting).",
                    BootstrapSuperUser.EmailKey, BootstrapSuperUser.ApiKeyKey);
            return;
        }

        var user = await accounts.FindByEmailAsync(bootstrap.Email, cancellationToken)
            ?? await accounts.CreateUserAsync(bootstrap.Email, bootstrap.Password, AdminUserType.SuperUser, null, cancellationToken);
        if (user.Type != AdminUserType.SuperUser)
        {
            logger.LogError("{EmailKey} names an admin user that is not a SuperUser; nothing was bootstrapped.", BootstrapSuperUser.EmailKey);
            return;
        }
        if (bootstrap.ApiKey is not null)
            await accounts.EnsureApiKeyAsync(user.Id, bootstrap.ApiKey, ApiKeyName, cancellationToken);
        logger.LogInformation("The bootstrap SuperUser {Email} is ready.", user.Email);
    }

    /// <summary>A host started without migrations (Database:MigrateOnStartup false) may find no schema, or no database yet.</summary>
    private static async Task<bool> SchemaIsCurrentAsync(CccDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        }
        catch (DatabaseUnavailableException)
        {
            return false;
        }
    }
}
