using CccApi.ServiceInterface.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.ServiceInterface.Data.PostgreSql;

internal static class PostgreSqlRegistration
{
    /// <returns>The connection string as the host uses it (<see cref="PostgreSqlConnectionStrings.Resolve"/>).</returns>
    public static string Add(IServiceCollection services, DatabaseOptions database)
    {
        var connectionString = PostgreSqlConnectionStrings.Resolve(database.ConnectionString);
        // Pooled, with options built once: building DbContextOptions per request cost about 30 KB of
        // allocations (warnings configuration, option extensions) on every request that touched a context.
        services.AddDbContextPool<PostgreSqlCccDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(database.CommandTimeoutSeconds).ExecutionStrategy(DatabaseFailureExecutionStrategy.Factory(sp)))
            .AddInterceptors(sp.GetServices<IInterceptor>())
            .LogFailuresAsDebug());
        services.AddScoped<CccDbContext>(sp => sp.GetRequiredService<PostgreSqlCccDbContext>());
        services.AddSingleton<IUniqueViolationDetector, PostgreSqlUniqueViolationDetector>();
        services.AddSingleton<IDatabaseFailureClassifier, PostgreSqlFailureClassifier>();
        services.AddSingleton<IDatabaseInitializer, PostgreSqlDatabaseInitializer>();
        services.AddSingleton<IDatabaseStartupLock>(new PostgreSqlStartupLock(connectionString));
        return connectionString;
    }
}
