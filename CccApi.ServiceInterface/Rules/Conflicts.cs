using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The 409 of each uniqueness rule, shared by the services' pre-checks and by the translation of the
/// database's own unique-index violation, so both answer alike.
/// </summary>
public static class Conflicts
{
    public static HttpError PartnerName() => PartnerName("Name");

    /// <summary>The same rule met by UpdatePartner, whose field is PartnerName.</summary>
    public static HttpError PartnerName(string fieldName) => HttpError.Conflict("A Partner with this Name already exists.", fieldName);

    public static HttpError SiteName() => HttpError.Conflict("A Site with this Name already exists.", "Name");

    public static HttpError CollectionCode() => HttpError.Conflict("A Collection with this CollectionCode already exists.", "CollectionCode");

    public static HttpError PrimaryDomain() => Domain("PrimaryDomain");

    /// <summary>
    /// A domain belongs to one service, as its primary domain or another: CreateService's PrimaryDomain,
    /// AddRemoveServiceDomain's Domain and UpdateServiceDomain's NewDomain meet the same rule.
    /// </summary>
    public static HttpError Domain(string fieldName) => HttpError.Conflict("A Service with this domain already exists.", fieldName);

    public static HttpError ServiceCode() => HttpError.Conflict("A Service with this ServiceCode already exists.", "ServiceCode");

    public static HttpError ServiceName() => HttpError.Conflict("A Service with this ServiceName already exists.", "ServiceName");

    /// <summary>A service's SystemUser is its Service admin, and an admin user's email names one user.</summary>
    public static HttpError AdminUserEmail() => HttpError.Conflict("An admin user with this email already exists.", "SystemUser.Email");

    /// <summary>The same rule met by CreatePartnerAdminUser and CreateResellerAdminUser, whose field is EmailAddress.</summary>
    public static HttpError AdminUserEmailAddress() => HttpError.Conflict("An admin user with this email already exists.", "EmailAddress");

    public static HttpError AccessRecord() => HttpError.Conflict("An access record for this Reseller and Collection already exists.");

    public static HttpError PartnerSiteAccess() => HttpError.Conflict("An access record for this Partner and Site already exists.");

    public static HttpError PartnerCollectionAccess() => HttpError.Conflict("An access record for this Partner and Collection already exists.");

    public static HttpError PartnerDefaultForSite() => HttpError.Conflict(
        "The Partner's default Collection for this Site was changed by another request at the same time.",
        "IsDefaultCollectionForSite");

    public static HttpError DefaultForSite() => HttpError.Conflict(
        "The Reseller's default Collection for this Site was changed by another request at the same time.",
        "IsDefaultCollectionForSite");

    public static HttpError ServiceUserEmailAddress() => HttpError.Conflict("A user of this Service with this EmailAddress already exists.", "EmailAddress");

    public static HttpError ServiceUserSsoUid() => HttpError.Conflict("A user of this Service with this SsoUid already exists.", "SsoUid");

    public static HttpError ServiceUserAliasTaken() => HttpError.Conflict("An alias belongs to another user of this Service.", "Aliases");

    public static HttpError GatewayName() => HttpError.Conflict("A Gateway with this GatewayName is already registered.", "GatewayName");

    private static readonly Dictionary<string, Func<HttpError>> ByIndex = new()
    {
        [Key<RegisteredGateway>(nameof(RegisteredGateway.RegistrarType), nameof(RegisteredGateway.RegistrarScopeId), nameof(RegisteredGateway.NameKey))] = GatewayName,
        [Key<ServiceUser>(nameof(ServiceUser.ServiceId), nameof(ServiceUser.Email))] = ServiceUserEmailAddress,
        [Key<ServiceUser>(nameof(ServiceUser.ServiceId), nameof(ServiceUser.SsoUid))] = ServiceUserSsoUid,
        [Key<ServiceUserAlias>(nameof(ServiceUserAlias.ServiceId), nameof(ServiceUserAlias.Alias))] = ServiceUserAliasTaken,
        [Key<Partner>(nameof(Partner.NameKey))] = PartnerName,
        [Key<Site>(nameof(Site.NameKey))] = SiteName,
        [Key<Collection>(nameof(Collection.CollectionCode))] = CollectionCode,
        [Key<ServiceDomain>(nameof(ServiceDomain.Domain))] = PrimaryDomain,
        [Key<Service>(nameof(Service.ServiceCode))] = ServiceCode,
        [Key<Service>(nameof(Service.ServiceNameKey))] = ServiceName,
        [Key<AdminUser>(nameof(AdminUser.Email))] = AdminUserEmail,
        [Key<ResellerCollectionAccessRecord>(nameof(ResellerCollectionAccessRecord.ResellerId), nameof(ResellerCollectionAccessRecord.CollectionId))] = AccessRecord,
        [Key<ResellerCollectionAccessRecord>(nameof(ResellerCollectionAccessRecord.ResellerId), nameof(ResellerCollectionAccessRecord.SiteId))] = DefaultForSite,
        [Key<PartnerCollectionAccessRecord>(nameof(PartnerCollectionAccessRecord.PartnerId), nameof(PartnerCollectionAccessRecord.CollectionId))] = PartnerCollectionAccess,
        [Key<PartnerCollectionAccessRecord>(nameof(PartnerCollectionAccessRecord.PartnerId), nameof(PartnerCollectionAccessRecord.SiteId))] = PartnerDefaultForSite,
        [Key<PartnerSiteAccessRecord>(nameof(PartnerSiteAccessRecord.PartnerId), nameof(PartnerSiteAccessRecord.SiteId))] = PartnerSiteAccess,
    };

    /// <summary>The 409 for a violated unique index; a generic one when the index is unknown.</summary>
    public static HttpError ForIndex(IReadOnlyIndex? index) =>
        index is not null && ByIndex.TryGetValue(Key(index), out var error)
            ? error()
            : HttpError.Conflict("The record already exists.");

    /// <summary>Whether <paramref name="index"/> is the unique index on <typeparamref name="TEntity"/>'s given properties.</summary>
    public static bool IsIndexOn<TEntity>(IReadOnlyIndex? index, params string[] properties) =>
        index is not null && Key(index) == Key<TEntity>(properties);

    private static string Key(IReadOnlyIndex index) =>
        $"{index.DeclaringEntityType.ClrType.Name}({string.Join(',', index.Properties.Select(p => p.Name))})";

    private static string Key<TEntity>(params string[] properties) => $"{typeof(TEntity).Name}({string.Join(',', properties)})";
}
