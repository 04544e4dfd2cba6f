namespace CccApi.Tests.Catalogue;

/// <summary>
/// The catalogue operations' pages as the original shows them, written down from its stored pages
/// (api.secure-messaging.com/api/json/metadata?op=...): routes with verb and summary, then each table.
/// </summary>
public static partial class CataloguePages
{
    public static IEnumerable<PageFacts> All => Partners.Concat(Skus).Concat(Admin).Concat(Collections).Concat(Settings).Concat(SecureCloud).Concat(Lifecycle).Concat(Public).Concat(Domains)
        .Concat(ServiceUsers).Concat(ServiceAdminAuthentication).Concat(Identity).Concat(Usage).Concat(Gateways).Concat(Provisioning);
}
