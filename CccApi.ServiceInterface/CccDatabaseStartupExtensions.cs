using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface;

/// <summary>What a host does to its database before serving, each step under the database-wide start-up lock.</summary>
public static class CccDatabaseStartupExtensions
{
    /// <summary>
    /// At start-up: applies pending migrations when Database:MigrateOnStartup is set, then upserts the
    /// configured Catalog, then bootstraps the configured SuperUser. Hosts starting together take turns,
    /// so none of these races.
    /// </summary>
    public static async Task InitializeCccDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await using var startupLock = await provider.GetRequiredService<IDatabaseStartupLock>().AcquireAsync(ct);

        var db = provider.GetRequiredService<CccDbContext>();
        if (provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
            await MigrateAsync(provider, ct);
        else
            Logger(provider).LogInformation("{Database}: migrations are left to the `migrate` command (Database:MigrateOnStartup is false).", DatabaseDescription.Of(db));

        if (provider.GetService<IDatabaseInitializer>() is { } initializer)
            await initializer.SchemaReadyAsync(db, ct);

        var catalog = provider.GetRequiredService<IOptions<CatalogOptions>>().Value;
        await new CatalogSeeder(db, provider.GetRequiredService<TimeProvider>()).UpsertAsync(catalog, ct);

        await provider.GetRequiredService<SuperUserBootstrap>().RunAsync(ct);
    }

    /// <summary>Applies pending migrations (the host's `migrate` command); never drops data, only moves the schema forward.</summary>
    public static async Task MigrateCccDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await using var startupLock = await scope.ServiceProvider.GetRequiredService<IDatabaseStartupLock>().AcquireAsync(ct);
        await MigrateAsync(scope.ServiceProvider, ct);
    }

    /// <summary>Applies what is pending and says what that was, so an operator can tell a fresh database from an upgrade.</summary>
    private static async Task MigrateAsync(IServiceProvider provider, CancellationToken ct)
    {
        var db = provider.GetRequiredService<CccDbContext>();
        if (provider.GetService<IDatabaseInitializer>() is { } initializer)
            await initializer.PrepareAsync(db, ct);
        // Read under the start-up lock, so no other host applies any of them in between.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);

        var logger = Logger(provider);
        if (pending.Count == 0)
            logger.LogInformation("{Database}: already up to date.", DatabaseDescription.Of(db));
        else
            logger.LogInformation("{Database}: applied {Count} migration(s): {Migrations}.",
                DatabaseDescription.Of(db), pending.Count, string.Join(", ", pending));
    }

    private static ILogger Logger(IServiceProvider provider) =>
        provider.GetRequiredService<ILoggerFactory>().CreateLogger("CccApi.Database");
}
