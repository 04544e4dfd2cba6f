using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Identity;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.PublicOperations;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Settings;
using CccApi.ServiceModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// PublicGetSSOUser and PublicDiscoveryServiceUser, anonymous as on the original: given an address, the services its user
/// may sign in to and through which identity proxy. An address with no user answers the same shape with no services; on
/// POST a wrong password and an unknown address are the same 401, and both cost a full password check. Limited per
/// client address and per email address.
/// </summary>
public sealed class SignOnDiscoveryService(
    CccDbContext db, ICallerContext caller, PublicOperationThrottle throttle, PublicServiceSettings settings, ServiceUrlBuilder urls,
    IPasswordHasher<ServiceUserEntity> hasher, DummyPasswordHash dummy)
{
    /// <summary>The most services one answer lists (the pages have no paging); a person is rarely a user of more.</summary>
    public const int MaxServices = 50;

    /// <summary>The most passwords one POST checks: each check is deliberately slow.</summary>
    public const int MaxPasswordChecks = 10;

    /// <summary>Services in these statuses are not signed in to: not yet ready, held, or gone.</summary>
    private static readonly ServiceStatus[] ClosedStatuses = [ServiceStatus.Provisioning, ServiceStatus.Blocked, ServiceStatus.AccountCancelled];

    public async Task<PublicGetSSOUserResponse> Get(PublicGetSSOUser request, CancellationToken ct) =>
        Answer<PublicGetSSOUserResponse>(await DiscoverAsync(request, nameof(PublicGetSSOUser), ct));

    public async Task<PublicDiscoveryServiceUserResponse> Get(PublicDiscoveryServiceUser request, CancellationToken ct) =>
        Answer<PublicDiscoveryServiceUserResponse>(await DiscoverAsync(request, nameof(PublicDiscoveryServiceUser), ct));

    /// <summary>
    /// "Authenticate against all services": the password is checked against the user of each service (at most
    /// <see cref="MaxPasswordChecks"/>); the services whose user it signs in are marked IsAuthenticated. None: 401.
    /// </summary>
    public async Task<PublicDiscoveryServiceUserResponse> Post(PublicDiscoveryServiceUser request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Password))
            throw HttpError.BadRequest("NotEmpty", "Password is required on POST.", nameof(request.Password));
        var found = await DiscoverAsync(request, nameof(PublicDiscoveryServiceUser), ct);

        var withPasswords = found.Where(f => f.PasswordHash is not null).Take(MaxPasswordChecks).ToList();
        if (withPasswords.Count == 0) dummy.Check(request.Password);
        foreach (var user in withPasswords)
            user.Result.IsAuthenticated = hasher.VerifyHashedPassword(user.Stub, user.PasswordHash!, request.Password) != PasswordVerificationResult.Failed;
        if (!found.Any(f => f.Result.IsAuthenticated))
            throw new HttpError(401, "Unauthorized", "Invalid EmailAddress or Password");
        return Answer<PublicDiscoveryServiceUserResponse>(found);
    }

    private async Task<List<FoundUser>> DiscoverAsync(ISignOnDiscoveryRequest request, string operation, CancellationToken ct)
    {
        throttle.Admit(operation, caller.Address);
        var email = EmailAddresses.Normalize(request.EmailAddress!);
        throttle.AdmitEmail(operation, email);
        await PlacementAgreement.EnsureAsync(db, request.ServiceGuid, request.CollectionGuid, request.SiteGuid, ct);

        var services = db.Services.Where(s => !ClosedStatuses.Contains(s.Status));
        if (request.ServiceGuid is { } serviceGuid) services = services.Where(s => s.Id == serviceGuid);
        if (request.CollectionGuid is { } collectionGuid) services = services.Where(s => s.CollectionId == collectionGuid);
        if (request.SiteGuid is { } siteGuid) services = services.Where(s => s.Collection.SiteId == siteGuid);
        var rows = await (
                from u in db.ServiceUsers
                join s in services on u.ServiceId equals s.Id
                where u.Email == email && u.Status == RecordStatus.Active
                orderby s.Id
                select new
                {
                    u.Id,
                    u.PasswordHash,
                    GroupName = u.Group.Name,
                    GroupType = u.Group.Type,
                    s.ResellerId,
                    s.Reseller.PartnerId,
                    Result = new SSOUser
                    {
                        ServiceGuid = s.Id,
                        ServiceStatus = s.Status,
                        ServiceName = s.ServiceName,
                        ServiceCode = s.ServiceCode,
                        CollectionGuid = s.CollectionId,
                        PrimaryDomain = s.PrimaryDomain,
                        EmailAddress = u.Email,
                    },
                })
            .AsNoTracking().Take(MaxServices).ToListAsync(ct);
        if (rows.Count == 0) return [];

        var serviceIds = rows.Select(r => r.Result.ServiceGuid).ToList();
        var proxies = await db.ProxiesAsync(serviceIds, ct);
        var serviceUrls = await db.ServiceUrlsAsync(urls, serviceIds, ct);
        var found = new List<FoundUser>(rows.Count);
        foreach (var row in rows)
        {
            var result = row.Result;
            result.Urls = serviceUrls[result.ServiceGuid];
            var chain = SettingChain.ForService(result.ServiceGuid, result.CollectionGuid, row.ResellerId, row.PartnerId);
            (_, result.Branding) = await settings.ReadAsync(chain, ct);
            // The user's proxies are the authentication proxies whose pattern matches it; the first is the one it is sent to.
            var matching = proxies[result.ServiceGuid]
                .Where(p => p.Workflow == IdPxWorkflow.Authentication && p.ParsedPattern.Matches(email, row.GroupName, row.GroupType)).ToList();
            var chosen = matching.FirstOrDefault();
            if (chosen is not null)
            {
                result.SsoEnabled = true;
                result.SsoProxyGuid = chosen.Id;
                result.SsoProxyName = chosen.Name ?? chosen.ProviderName;
                result.SsoProxyUrl = IdPxLinks.LoginUrl(result.Urls, chosen.Id);
                result.SsoProxyLogoutUrl = IdPxLinks.LogoutUrl(result.Urls, chosen.Id);
            }
            result.Authenticators = matching.Select(p => ServiceProxies.ToAuthenticator(p, result.Urls, usedLast: ReferenceEquals(p, chosen))).ToList();
            found.Add(new FoundUser(new ServiceUserEntity { Id = row.Id }, row.PasswordHash, result));
        }
        return found;
    }

    private static T Answer<T>(List<FoundUser> found) where T : ISignOnDiscoveryResponse, new()
    {
        var results = found.Select(f => f.Result).ToArray();
        return new T { Results = results, Count = results.Length };
    }

    /// <summary>A user found, as the hasher is given it (Stub: only its Id is set), with its hash and its answer.</summary>
    private sealed record FoundUser(ServiceUserEntity Stub, string? PasswordHash, SSOUser Result);
}
