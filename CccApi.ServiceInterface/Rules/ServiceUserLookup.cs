using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The pages' "One of ServiceUserGuid or EmailAddress is required. If both are supplied, the EmailAddess must match
/// the ServiceUserGuid": the users of one service a request names, as a query (validators ensure one is given).
/// A pair that names no single user is the same 404 as a user that does not exist.
/// </summary>
public static class ServiceUserLookup
{
    public static IQueryable<ServiceUserEntity> Named(this IQueryable<ServiceUserEntity> users, Guid serviceId, Guid? userGuid, string? email)
    {
        var named = users.Where(u => u.ServiceId == serviceId);
        if (userGuid is { } id) named = named.Where(u => u.Id == id);
        if (!string.IsNullOrEmpty(email))
        {
            var stored = EmailAddresses.Normalize(email);
            named = named.Where(u => u.Email == stored);
        }
        return named;
    }

    public static IQueryable<ServiceUserEntity> Named(this IQueryable<ServiceUserEntity> users, IServiceUserReference request) =>
        users.Named(request.ServiceGuid, request.ServiceUserGuid, request.EmailAddress);

    public static HttpError NotFound(IServiceUserReference request) =>
        HttpError.NotFound("Service user not found.", request.ServiceUserGuid is null ? "EmailAddress" : "ServiceUserGuid");
}
