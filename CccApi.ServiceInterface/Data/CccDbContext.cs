using CccApi.ServiceInterface.Data.Configurations;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// The model, shared by every database provider. Each provider subclasses it (see
/// <see cref="SqliteCccDbContext"/>) so that its migrations live apart and it can supply the few
/// provider-specific pieces: case-insensitive comparison and filtered-index SQL.
/// </summary>
public abstract class CccDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Reseller> Resellers => Set<Reseller>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Collection> Collections => Set<Collection>();

    public DbSet<ResellerCollectionAccessRecord> ResellerCollectionAccess => Set<ResellerCollectionAccessRecord>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<ServiceCompany> ServiceCompanies => Set<ServiceCompany>();

    public DbSet<ServiceContact> ServiceContacts => Set<ServiceContact>();

    public DbSet<ServiceUser> ServiceUsers => Set<ServiceUser>();

    public DbSet<SkuBundle> SkuBundles => Set<SkuBundle>();

    public DbSet<Sku> Skus => Set<Sku>();

    public DbSet<PartnerSiteAccessRecord> PartnerSiteAccess => Set<PartnerSiteAccessRecord>();

    public DbSet<PartnerCollectionAccessRecord> PartnerCollectionAccess => Set<PartnerCollectionAccessRecord>();

    public DbSet<SiteEndpoint> SiteEndpoints => Set<SiteEndpoint>();

    public DbSet<ServiceSkuBundle> ServiceSkuBundles => Set<ServiceSkuBundle>();

    public DbSet<ServiceSku> ServiceSkus => Set<ServiceSku>();

    public DbSet<AdminUser> AdminUsers => Set<AdminUser>();

    public DbSet<AdminSession> AdminSessions => Set<AdminSession>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<SettingGroupRecord> SettingGroups => Set<SettingGroupRecord>();

    public DbSet<SettingKeyRecord> SettingKeys => Set<SettingKeyRecord>();

    public DbSet<SettingValueRecord> SettingValues => Set<SettingValueRecord>();

    public DbSet<ServiceStatusChangeRecord> ServiceStatusChanges => Set<ServiceStatusChangeRecord>();

    public DbSet<ServiceDomain> ServiceDomains => Set<ServiceDomain>();
    public DbSet<EmailOutboxMessage> EmailOutbox => Set<EmailOutboxMessage>();

    public DbSet<ServiceUserGroup> ServiceUserGroups => Set<ServiceUserGroup>();

    public DbSet<ServiceUserGroupPeriod> ServiceUserGroupPeriods => Set<ServiceUserGroupPeriod>();

    public DbSet<ServiceUserStatusChange> ServiceUserStatusChanges => Set<ServiceUserStatusChange>();

    public DbSet<ServiceUserAlias> ServiceUserAliases => Set<ServiceUserAlias>();

    public DbSet<ServiceUserActivationToken> ServiceUserActivationTokens => Set<ServiceUserActivationToken>();

    public DbSet<IdProviderType> IdProviderTypes => Set<IdProviderType>();

    public DbSet<IdPxType> IdPxTypes => Set<IdPxType>();

    public DbSet<IdProvider> IdProviders => Set<IdProvider>();

    public DbSet<IdPx> IdPxs => Set<IdPx>();

    /// <summary>The Data Protection key ring every host shares; each key is encrypted with the configured certificate.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CollectionKey> CollectionKeys => Set<CollectionKey>();

    public DbSet<CollectionUsageRecord> CollectionUsageRecords => Set<CollectionUsageRecord>();

    public DbSet<ServiceUsageDay> ServiceUsageDays => Set<ServiceUsageDay>();

    public DbSet<ServiceUsageMonth> ServiceUsageMonths => Set<ServiceUsageMonth>();

    public DbSet<ServiceUserCountDay> ServiceUserCountDays => Set<ServiceUserCountDay>();

    public DbSet<ServiceUserCountMonth> ServiceUserCountMonths => Set<ServiceUserCountMonth>();

    public DbSet<UserCountMonthChange> UserCountMonthChanges => Set<UserCountMonthChange>();

    public DbSet<ServiceStatusCount> ServiceStatusCounts => Set<ServiceStatusCount>();

    public DbSet<RegisteredGateway> Gateways => Set<RegisteredGateway>();

    public DbSet<GatewayKey> GatewayKeys => Set<GatewayKey>();

    public DbSet<MessageRule> GatewayMessageRules => Set<MessageRule>();

    /// <summary>Makes a column compare without regard to case, so "Acme" and "ACME" are the same name.</summary>
    protected abstract void UseCaseInsensitiveComparison(PropertyBuilder<string> property);

    /// <summary>The provider's filter SQL for "the named boolean column is true".</summary>
    protected abstract string IsTrueFilter(string columnName);

    /// <summary>The provider's filter SQL for "the named column is null".</summary>
    protected abstract string IsNullFilter(string columnName);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<NormalizedDecimalConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new PartnerConfiguration());
        modelBuilder.ApplyConfiguration(new ResellerConfiguration());
        modelBuilder.ApplyConfiguration(new SiteConfiguration());
        modelBuilder.ApplyConfiguration(new CollectionConfiguration());
        modelBuilder.ApplyConfiguration(new ResellerCollectionAccessRecordConfiguration(IsTrueFilter));
        modelBuilder.ApplyConfiguration(new ServiceConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceCompanyConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceContactConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUserConfiguration());
        modelBuilder.ApplyConfiguration(new SkuBundleConfiguration());
        modelBuilder.ApplyConfiguration(new SkuConfiguration());
        modelBuilder.ApplyConfiguration(new PartnerSiteAccessRecordConfiguration());
        modelBuilder.ApplyConfiguration(new PartnerCollectionAccessRecordConfiguration(IsTrueFilter));
        modelBuilder.ApplyConfiguration(new SiteEndpointConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceSkuBundleConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceSkuConfiguration());
        modelBuilder.ApplyConfiguration(new AdminUserConfiguration());
        modelBuilder.ApplyConfiguration(new AdminSessionConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new SettingGroupRecordConfiguration());
        modelBuilder.ApplyConfiguration(new SettingKeyRecordConfiguration());
        modelBuilder.ApplyConfiguration(new SettingValueRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceStatusChangeRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceDomainConfiguration());
        modelBuilder.ApplyConfiguration(new EmailOutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUserGroupConfiguration(IsTrueFilter));
        modelBuilder.ApplyConfiguration(new ServiceUserGroupPeriodConfiguration(IsNullFilter));
        modelBuilder.ApplyConfiguration(new ServiceUserStatusChangeConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUserAliasConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUserActivationTokenConfiguration());
        modelBuilder.ApplyConfiguration(new IdProviderTypeConfiguration());
        modelBuilder.ApplyConfiguration(new IdPxTypeConfiguration());
        modelBuilder.ApplyConfiguration(new IdProviderConfiguration());
        modelBuilder.ApplyConfiguration(new IdPxConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        modelBuilder.ApplyConfiguration(new CollectionKeyConfiguration());
        modelBuilder.ApplyConfiguration(new CollectionUsageRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUsageDayConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUsageMonthConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUserCountDayConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceUserCountMonthConfiguration());
        modelBuilder.ApplyConfiguration(new UserCountMonthChangeConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceStatusCountConfiguration());
        modelBuilder.ApplyConfiguration(new GatewayConfiguration());
        modelBuilder.ApplyConfiguration(new GatewayKeyConfiguration());
        modelBuilder.ApplyConfiguration(new MessageRuleConfiguration());

        // Names and codes people type are unique regardless of case; domains are stored lower-case instead.
        UseCaseInsensitiveComparison(modelBuilder.Entity<Partner>().Property(p => p.Name));
        UseCaseInsensitiveComparison(modelBuilder.Entity<Site>().Property(s => s.Name));
        UseCaseInsensitiveComparison(modelBuilder.Entity<Collection>().Property(c => c.CollectionCode));
        UseCaseInsensitiveComparison(modelBuilder.Entity<Service>().Property(s => s.ServiceCode));
        UseCaseInsensitiveComparison(modelBuilder.Entity<Service>().Property(s => s.ServiceName));
        UseCaseInsensitiveComparison(modelBuilder.Entity<SettingKeyRecord>().Property(k => k.Name));
    }
}
