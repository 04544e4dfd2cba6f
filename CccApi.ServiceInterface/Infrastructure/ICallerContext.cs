using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>Who is calling: an admin user, a collection (by its usage-reporting key), a gateway (by its key) or nobody. The one place that decides what a caller may do beyond the object rules.</summary>
public interface ICallerContext
{
    bool IsAuthenticated { get; }

    /// <summary>The admin user calling; null when the request carries no valid credential.</summary>
    Guid? UserId { get; }

    AdminUserType? Type { get; }

    /// <summary>The caller's user name (its email address), and the name it is shown by.</summary>
    string? UserName { get; }

    string? DisplayName { get; }

    /// <summary>The session that identified the caller; null when an API key (or nothing) did.</summary>
    string? SessionId { get; }

    /// <summary>The partner, reseller or service a scoped admin acts for.</summary>
    Guid? ScopeId { get; }

    bool IsSuperUser { get; }

    /// <summary>
    /// The collection whose usage-reporting key identified the request; null for everyone else. Such a caller is no
    /// admin user: <see cref="IsAuthenticated"/> is false and <see cref="UserId"/>, <see cref="Type"/> and
    /// <see cref="ScopeId"/> are null, so every object rule sees nothing for it.
    /// </summary>
    Guid? CollectionId { get; }

    /// <summary>
    /// The gateway whose key identified the request, with its reach; null for everyone else. Like a collection, such a
    /// caller is no admin user, so every object rule sees nothing for it.
    /// </summary>
    Auth.GatewayReach? Gateway { get; }

    /// <summary>The client's network address as the host sees it, for limits and logs; null outside a request.</summary>
    string? Address { get; }
}
