namespace CccApi.ServiceInterface.Configuration;

/// <summary>
/// The "Quotas" section: how many of what a tenant creates without other bound it may hold, so that one
/// tenant cannot grow its lists (and every answer that returns them) without end.
/// </summary>
public sealed class QuotaSettings
{
    public const string SectionName = "Quotas";

    public int SkusPerService { get; set; } = 1000;

    /// <summary>A service's domains, primary and others.</summary>
    public int DomainsPerService { get; set; } = 100;

    public int SkuBundlesPerPartner { get; set; } = 200;

    public int SkusPerPartner { get; set; } = 1000;

    /// <summary>Also bounds GetPartnerResellers, which answers the whole list (the original's page has no paging).</summary>
    public int ResellersPerPartner { get; set; } = 1000;

    public int CollectionsPerReseller { get; set; } = 500;

    /// <summary>Admin users of one partner, or of one reseller.</summary>
    public int AdminUsersPerTenant { get; set; } = 200;

    /// <summary>Keys of one admin user that are neither revoked nor expired.</summary>
    public int ApiKeysPerAdminUser { get; set; } = 20;

    /// <summary>A collection's usage-reporting keys that are not revoked.</summary>
    public int CollectionKeysPerCollection { get; set; } = 10;

    /// <summary>Gateways one partner, or one reseller, registered (SuperUsers' are not counted).</summary>
    public int GatewaysPerTenant { get; set; } = 50;

    /// <summary>A gateway's keys that are not revoked.</summary>
    public int GatewayKeysPerGateway { get; set; } = 10;

    /// <summary>One gateway's message rules for one service.</summary>
    public int MessageRulesPerGatewayService { get; set; } = 100;
}
