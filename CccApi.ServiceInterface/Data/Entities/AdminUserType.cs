namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>The original's four kinds of admin user; all but SuperUser are scoped to one object.</summary>
public enum AdminUserType
{
    SuperUser,
    Partner,
    Reseller,
    Service,
}
