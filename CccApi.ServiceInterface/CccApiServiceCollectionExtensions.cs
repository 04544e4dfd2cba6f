using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Caching;
using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Connections;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Data.PostgreSql;
using CccApi.ServiceInterface.Data.Sqlite;
using CccApi.ServiceInterface.Data.SqlServer;
using CccApi.ServiceInterface.Email;
using CccApi.ServiceInterface.Identity;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.PublicOperations;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccApi.ServiceInterface;

public static class CccApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by Database:Provider, the caller context and the helpers the
    /// services use. Services and validators are not registered here: the host finds them by reflection.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The host's configuration (Database, DataProtection, Authentication, Catalog...).</param>
    /// <param name="contentRootPath">Base directory for a relative SQLite Data Source or certificate path.</param>
    public static IServiceCollection AddCccApi(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var databaseSection = configuration.GetSection(DatabaseOptions.SectionName);
        var database = databaseSection.Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Every interceptor registered in the container applies to the context, whichever the provider.
        services.TryAddSingleton<DatabaseWriteFailures>();
        services.TryAddSingleton<DatabaseFailureTranslation>();
        services.AddSingleton<IInterceptor, DatabaseFailureInterceptor>();
        services.AddSingleton<IInterceptor, RequestConnectionInterceptor>();
        switch (database.Provider)
        {
            case var p when Is(p, DatabaseProviders.Sqlite):
                database.ConnectionString = SqliteRegistration.Add(services, database, contentRootPath);
                break;
            case var p when Is(p, DatabaseProviders.PostgreSql):
                database.ConnectionString = PostgreSqlRegistration.Add(services, database);
                break;
            case var p when Is(p, DatabaseProviders.SqlServer):
                SqlServerRegistration.Add(services, database);
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{database.Provider}' is not supported. Supported: {string.Join(", ", DatabaseProviders.All)}.");
        }
        services.AddCccDataProtection(configuration, contentRootPath, database.Provider);

        services.Configure<DatabaseOptions>(databaseSection);
        services.PostConfigure<DatabaseOptions>(o => o.ConnectionString = database.ConnectionString);
        services.Configure<CatalogOptions>(configuration.GetSection(CatalogOptions.SectionName));
        services.Configure<ValidationSettings>(configuration.GetSection(ValidationSettings.SectionName));
        services.Configure<QuotaSettings>(configuration.GetSection(QuotaSettings.SectionName));
        services.Configure<DirectorySettings>(configuration.GetSection(DirectorySettings.SectionName));
        services.Configure<ServiceUrlSettings>(configuration.GetSection(ServiceUrlSettings.SectionName));
        services.AddOptions<LifecycleSettings>().Bind(configuration.GetSection(LifecycleSettings.SectionName))
            .Validate(s => s.TrialCheckSeconds is >= 1 and <= LifecycleSettings.MaxTrialCheckSeconds,
                $"Lifecycle:TrialCheckSeconds must be 1 to {LifecycleSettings.MaxTrialCheckSeconds}: a trial ends within a minute.")
            .ValidateOnStart();
        services.AddOptions<UsageIntakeSettings>().Bind(configuration.GetSection(UsageIntakeSettings.SectionName))
            .Validate(s => s.MaxDaysBack is >= UsageIntakeSettings.MinDaysBackSetting and <= UsageIntakeSettings.MaxDaysBackSetting,
                $"UsageIntake:MaxDaysBack must be {UsageIntakeSettings.MinDaysBackSetting} to {UsageIntakeSettings.MaxDaysBackSetting}.")
            .ValidateOnStart();
        services.AddOptions<ServicePagingSettings>().Bind(configuration.GetSection(ServicePagingSettings.SectionName))
            .Validate(s => s.AnchorSpacing is >= ServicePagingSettings.MinAnchorSpacing and <= ServicePagingSettings.MaxAnchorSpacing,
                $"ServicePaging:AnchorSpacing must be {ServicePagingSettings.MinAnchorSpacing} to {ServicePagingSettings.MaxAnchorSpacing}.")
            .ValidateOnStart();
        services.TryAddSingleton<ServiceUrlBuilder>();
        services.AddSingleton<Quotas>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddCccCaches(configuration);
        services.AddCccAuthentication(configuration);
        services.AddCccSettings(configuration);
        services.AddCccEmail(configuration);
        services.Configure<PublicOperationSettings>(configuration.GetSection(PublicOperationSettings.SectionName));
        services.TryAddSingleton<PublicOperationThrottle>();
        services.Configure<IdentityProviderSettings>(configuration.GetSection(IdentityProviderSettings.SectionName));
        services.TryAddSingleton<DummyPasswordHash>();
        services.TryAddScoped<PublicServiceSettings>();
        services.TryAddSingleton<PasswordCheckLimiter>();
        services.TryAddSingleton<IPasswordHasher<ServiceUser>, LimitedPasswordHasher<ServiceUser>>();
        services.TryAddScoped<UniqueIndexGuard>();
        services.TryAddScoped<ServiceProvisioner>();
        services.TryAddScoped<TrialExpiry>();
        services.TryAddSingleton<ServicePageAnchors>();
        services.TryAddScoped<GatewayServices>();
        return services;
    }

    private static bool Is(string? configured, string provider) => string.Equals(configured, provider, StringComparison.OrdinalIgnoreCase);
}
