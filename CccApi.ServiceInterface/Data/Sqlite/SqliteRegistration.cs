using CccApi.ServiceInterface.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.ServiceInterface.Data.Sqlite;

internal static class SqliteRegistration
{
    /// <returns>The connection string with its Data Source resolved against <paramref name="contentRootPath"/>.</returns>
    public static string Add(IServiceCollection services, DatabaseOptions database, string contentRootPath)
    {
        var resolved = SqliteConnectionStrings.Resolve(database.ConnectionString, contentRootPath);
        if (database.Sqlite.MemoryMapBytes < 0)
            throw new InvalidOperationException($"Database:Sqlite:MemoryMapBytes must be 0 or more; it is {database.Sqlite.MemoryMapBytes}.");
        if (database.Sqlite.CacheSizeKibibytes < 0)
            throw new InvalidOperationException($"Database:Sqlite:CacheSizeKibibytes must be 0 or more; it is {database.Sqlite.CacheSizeKibibytes}.");
        var functions = new SqliteFunctionsInterceptor();
        var pragmas = new SqlitePragmaInterceptor(database.Sqlite);
        var writeGate = new SqliteWriteGate();
        // Pooled, with options built once: building DbContextOptions per request cost about 30 KB of
        // allocations (warnings configuration, option extensions) on every request that touched a context.
        services.AddDbContextPool<SqliteCccDbContext>((sp, options) => options
            .UseSqlite(resolved, sqlite => sqlite.CommandTimeout(database.CommandTimeoutSeconds).ExecutionStrategy(DatabaseFailureExecutionStrategy.Factory(sp)))
            .AddInterceptors(functions, pragmas, writeGate)
            .AddInterceptors(sp.GetServices<IInterceptor>())
            .LogFailuresAsDebug());
        services.AddSingleton(writeGate);
        services.AddScoped<SqliteWriteGateRelease>();
        services.AddScoped<CccDbContext>(sp =>
        {
            var db = sp.GetRequiredService<SqliteCccDbContext>();
            sp.GetRequiredService<SqliteWriteGateRelease>(); // after the context: disposed before it
            return db;
        });
        services.AddSingleton<IUniqueViolationDetector, SqliteUniqueViolationDetector>();
        services.AddSingleton<IDatabaseFailureClassifier, SqliteFailureClassifier>();
        services.AddSingleton<IDatabaseInitializer, SqliteDatabaseInitializer>();
        services.AddSingleton<IDatabaseStartupLock>(new SqliteStartupLock(FilePath(resolved)));
        return resolved;
    }

    private static string? FilePath(string resolvedConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(resolvedConnectionString);
        return Path.IsPathRooted(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory ? builder.DataSource : null;
    }
}
