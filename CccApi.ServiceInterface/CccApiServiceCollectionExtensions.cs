using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.Sqlite;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface;

public static class CccApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database, the caller context and the helpers the services use. Services and
    /// validators are not registered here: the host finds them by reflection.
    /// </summary>
    /// <param name="contentRootPath">Base directory for a relative SQLite Data Source.</param>
    public static IServiceCollection AddCccApi(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var databaseSection = configuration.GetSection(DatabaseOptions.SectionName);
        var database = databaseSection.Get<DatabaseOptions>() ?? new DatabaseOptions();

        if (string.Equals(database.Provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
            database.ConnectionString = AddSqlite(services, database.ConnectionString, contentRootPath);
        else
            throw new InvalidOperationException(
                $"Database:Provider '{database.Provider}' is not supported. Supported: {DatabaseProviders.Sqlite}.");

        services.Configure<DatabaseOptions>(databaseSection);
        services.PostConfigure<DatabaseOptions>(o => o.ConnectionString = database.ConnectionString);
        services.Configure<CatalogOptions>(configuration.GetSection(CatalogOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddCccAuthentication(configuration);
        services.TryAddSingleton<IPasswordHasher<ServiceUser>, PasswordHasher<ServiceUser>>();
        services.TryAddScoped<UniqueIndexGuard>();
        services.TryAddScoped<ServiceProvisioner>();
        return services;
    }

    /// <summary>Applies pending migrations and upserts the configured Catalog; call once at start-up.</summary>
    public static async Task InitializeCccDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<CccDbContext>();

        await provider.GetRequiredService<IDatabaseInitializer>().PrepareAsync(db, ct);
        await db.Database.MigrateAsync(ct);

        var catalog = provider.GetRequiredService<IOptions<CatalogOptions>>().Value;
        await new CatalogSeeder(db, provider.GetRequiredService<TimeProvider>()).UpsertAsync(catalog, ct);
    }

    /// <returns>The connection string with its Data Source resolved.</returns>
    private static string AddSqlite(IServiceCollection services, string connectionString, string contentRootPath)
    {
        var resolved = SqliteConnectionStrings.Resolve(connectionString, contentRootPath);
        services.AddDbContext<SqliteCccDbContext>(options => options
            .UseSqlite(resolved)
            .AddInterceptors(new SqlitePragmaInterceptor()));
        services.AddScoped<CccDbContext>(sp => sp.GetRequiredService<SqliteCccDbContext>());
        services.AddSingleton<IUniqueViolationDetector, SqliteUniqueViolationDetector>();
        services.AddSingleton<IDatabaseInitializer, SqliteDatabaseInitializer>();
        return resolved;
    }
}
