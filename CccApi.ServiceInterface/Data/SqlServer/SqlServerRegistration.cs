using CccApi.ServiceInterface.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.ServiceInterface.Data.SqlServer;

internal static class SqlServerRegistration
{
    public static void Add(IServiceCollection services, DatabaseOptions database)
    {
        var connectionString = database.ConnectionString;
        // Pooled, with options built once: building DbContextOptions per request cost about 30 KB of
        // allocations (warnings configuration, option extensions) on every request that touched a context.
        services.AddDbContextPool<SqlServerCccDbContext>((sp, options) => options
            .UseSqlServer(connectionString, sql => sql.CommandTimeout(database.CommandTimeoutSeconds).ExecutionStrategy(DatabaseFailureExecutionStrategy.Factory(sp)))
            .AddInterceptors(sp.GetServices<IInterceptor>())
            .LogFailuresAsDebug());
        services.AddScoped<CccDbContext>(sp => sp.GetRequiredService<SqlServerCccDbContext>());
        services.AddSingleton<IUniqueViolationDetector, SqlServerUniqueViolationDetector>();
        services.AddSingleton<IDatabaseFailureClassifier, SqlServerFailureClassifier>();
        services.AddSingleton<IDatabaseStartupLock>(new SqlServerStartupLock(connectionString));
    }
}
