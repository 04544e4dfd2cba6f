using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.PublicOperations;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// AuthenticateServiceAdminUser: a messaging platform session token becomes a CCC session of the service's Service
/// admin (the AdminUser whose email is the service's AdminUsername), when the service's collection's platform
/// (<see cref="MsgApiSessions"/>) says the token is a live session of that service's administrator with that email.
/// Anonymous, throttled per client address as the other anonymous operations are. The token is never logged or stored.
/// </summary>
public sealed class ServiceAdminAuthenticationService(
    CccDbContext db,
    AdminAccounts accounts,
    MsgApiSessions sessions,
    ICallerContext caller,
    PublicOperationThrottle throttle,
    IOptions<ServiceAdminAuthenticationSettings> settings,
    ILogger<ServiceAdminAuthenticationService> logger)
{
    private const string Refused = "Invalid MsgAPI session token";

    public async Task<AuthenticateServiceAdminUserResponse> Post(AuthenticateServiceAdminUser request, CancellationToken ct)
    {
        throttle.Admit(nameof(AuthenticateServiceAdminUser), caller.Address);
        var serviceGuid = request.ServiceGuid;
        // Whether a service exists is no secret (PublicGetService answers it to anyone); which admin it has is.
        var service = await db.Services.AsNoTracking().Where(s => s.Id == serviceGuid)
            .Select(s => new { s.AdminUsername, s.Collection.ServicesApiBaseUrl })
            .SingleOrDefaultAsync(ct)
            ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        // Without a platform there is no MsgAPI session of this service to be had: refused, not a 503 inviting retries.
        if (string.IsNullOrEmpty(service.ServicesApiBaseUrl))
            throw Refuse(serviceGuid, "its collection has no ServicesApiBaseUrl (no messaging platform)");

        var answer = await sessions.CheckAsync(service.ServicesApiBaseUrl, serviceGuid, request.Token!, ct);
        if (answer.Outcome == MsgApiSessionOutcome.Unavailable)
        {
            logger.LogWarning("AuthenticateServiceAdminUser for service {ServiceGuid}: the messaging platform is unavailable: {Detail}", serviceGuid, answer.Detail);
            throw new HttpError(503, "ServiceUnavailable", "The service's messaging platform could not check the token; please try again later.");
        }
        if (answer.User is not { } user)
            throw Refuse(serviceGuid, answer.Detail);
        // The session answered is the Service admin's: the platform must name that admin, for this service, as an administrator.
        var adminEmail = AdminAccounts.NormalizeEmail(service.AdminUsername);
        if (user.ServiceGuid != serviceGuid) throw Refuse(serviceGuid, "the platform's session is of another service");
        if (user.IsAdmin != true) throw Refuse(serviceGuid, "the platform's user is not an administrator of the service");
        if (AdminAccounts.NormalizeEmail(user.Email!) != adminEmail) throw Refuse(serviceGuid, "the platform's user is not the service's admin");

        var admin = await db.AdminUsers.AsNoTracking().NotUnderDisabledPartner(db)
            .SingleOrDefaultAsync(u => u.Email == adminEmail && u.Type == AdminUserType.Service && u.ScopeId == serviceGuid
                && u.Status == RecordStatus.Active, ct)
            ?? throw Refuse(serviceGuid, "no active Service admin (disabled, or under a disabled partner)");
        TimeSpan? rememberedFor = request.RememberMe == true ? TimeSpan.FromDays(settings.Value.RememberMeDays) : null;
        // A disable that landed since the admin was read starts no session.
        var session = await accounts.StartSessionAsync(admin, rememberedFor, ct)
            ?? throw Refuse(serviceGuid, "the Service admin was disabled");
        logger.LogInformation("Service admin {Email} of service {ServiceGuid} signed in through the messaging platform from {Address}",
            admin.Email, serviceGuid, caller.Address ?? "unknown");
        return new AuthenticateServiceAdminUserResponse { SessionId = session.SessionId, UserName = admin.Email };
    }

    private HttpError Refuse(Guid serviceGuid, string reason)
    {
        logger.LogWarning("AuthenticateServiceAdminUser for service {ServiceGuid} from {Address} refused: {Reason}",
            serviceGuid, caller.Address ?? "unknown", reason);
        return new HttpError(401, "Unauthorized", Refused);
    }
}
