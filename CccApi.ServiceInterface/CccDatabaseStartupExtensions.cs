using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Upgrades;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
        var db = provider.GetRequiredService<CccDbContext>();
        try
        {
            await InitializeAsync(provider, db, ct);
        }
        catch (Exception ex) when (IsFailureOfTheDatabase(scope.ServiceProvider, ex))
        {
            throw Unusable(db, ex);
        }
    }

    /// <summary>Applies pending migrations (the host's `migrate` command); never drops data, only moves the schema forward.</summary>
    public static async Task MigrateCccDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        try
        {
            await using var startupLock = await scope.ServiceProvider.GetRequiredService<IDatabaseStartupLock>().AcquireAsync(ct);
            await MigrateAsync(scope.ServiceProvider, ct);
        }
        catch (Exception ex) when (IsFailureOfTheDatabase(scope.ServiceProvider, ex))
        {
            throw Unusable(db, ex);
        }
    }

    private static async Task InitializeAsync(IServiceProvider provider, CccDbContext db, CancellationToken ct)
    {
        await using var startupLock = await provider.GetRequiredService<IDatabaseStartupLock>().AcquireAsync(ct);

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

    /// <summary>Applies what is pending and says what that was, so an operator can tell a fresh database from an upgrade.</summary>
    private static async Task MigrateAsync(IServiceProvider provider, CancellationToken ct)
    {
        var db = provider.GetRequiredService<CccDbContext>();
        if (provider.GetService<IDatabaseInitializer>() is { } initializer)
            await initializer.PrepareAsync(db, ct);
        // Read under the start-up lock, so no other host applies any of them in between.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        var logger = Logger(provider);
        await MigrateThroughUpgradesAsync(db, pending, logger, ct);

        if (pending.Count == 0)
            logger.LogInformation("{Database}: already up to date.", DatabaseDescription.Of(db));
        else
            logger.LogInformation("{Database}: applied {Count} migration(s): {Migrations}.",
                DatabaseDescription.Of(db), pending.Count, string.Join(", ", pending));
    }

    /// <summary>
    /// Applies the pending migrations, stopping before <see cref="StoredTextNormalizer.BeforeMigration"/> to
    /// bring the rows into their normal form first: that migration's unique indexes need it, and a data
    /// step cannot live inside a migration (SQL only, and scripted for SQL Server).
    /// </summary>
    private static async Task MigrateThroughUpgradesAsync(CccDbContext db, List<string> pending, ILogger logger, CancellationToken ct)
    {
        var upgradeAt = pending.FindIndex(id => id.EndsWith("_" + StoredTextNormalizer.BeforeMigration, StringComparison.Ordinal));
        if (upgradeAt >= 0)
        {
            var migrator = db.GetService<IMigrator>();
            if (upgradeAt > 0)
                await migrator.MigrateAsync(pending[upgradeAt - 1], cancellationToken: ct);
            await new StoredTextNormalizer(db, logger).RunAsync(ct);
        }
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// The database itself failed: as the interceptor maps it, or as the provider threw it where EF was not in
    /// between (the PostgreSQL and SQL Server start-up locks open their own connections).
    /// </summary>
    private static bool IsFailureOfTheDatabase(IServiceProvider provider, Exception exception) =>
        exception is DatabaseFailureException
        || provider.GetRequiredService<IDatabaseFailureClassifier>().Classify(exception) != DatabaseFailureKind.Other;

    /// <summary>Which database, and the provider's own words (e.g. SQLite Error 14: 'unable to open database file'), which the answers to callers leave out.</summary>
    private static DatabaseStartupException Unusable(CccDbContext db, Exception exception)
    {
        var cause = exception is DatabaseFailureException
            ? exception.InnerException ?? exception
            : exception;
        return new DatabaseStartupException(
            $"The {DatabaseDescription.Of(db)} cannot be used: {cause.Message.TrimEnd('.')}. "
            + "Check that it is reachable, and that the host may write to it and (for SQLite) to its folder.", exception);
    }

    private static ILogger Logger(IServiceProvider provider) =>
        provider.GetRequiredService<ILoggerFactory>().CreateLogger("CccApi.Database");
}
