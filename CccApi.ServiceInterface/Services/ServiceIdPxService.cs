using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Configurations;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Identity;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using IdPxEntity = CccApi.ServiceInterface.Data.Entities.IdPx;
using IdPxTypeEntity = CccApi.ServiceInterface.Data.Entities.IdPxType;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// A service's identity proxies (CreateServiceIdPx, GetServiceIdPx, GetIdPx, UpdateIdPx), reached by whoever sees the
/// service: a SuperUser, its partner's and reseller's admins, its own Service admin. A proxy's Pattern says which users
/// it is for, its Parameters what a user it provisions gets; both are stored in their canonical JSON.
/// </summary>
public sealed class ServiceIdPxService(CccDbContext db, ICallerContext caller, ServiceUrlBuilder urls, TimeProvider time)
{
    public async Task<CreateServiceIdPxResponse> Post(CreateServiceIdPx request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var providerName = await ProviderNameAsync(request.IdProviderGuid!.Value, ct);
        var idPx = new IdPxEntity
        {
            Id = Guid.NewGuid(),
            ServiceId = serviceId,
            IdProviderId = request.IdProviderGuid.Value,
            TypeId = TypeOrDefault(request.TypeGuid),
            Name = Given(request.Name) ?? providerName,
            Description = Given(request.Description),
            Pattern = CanonicalPattern(request.Pattern),
            Parameters = CanonicalParameters(request.Parameters),
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.IdPxs.Add(idPx);
        await db.SaveChangesAsync(ct);
        return new CreateServiceIdPxResponse { IdPxGuid = idPx.Id };
    }

    /// <summary>
    /// The service's authentication proxies, or with ConnectorRequest true its connector proxies, in the order they are
    /// tried. With EmailAddress, only those whose pattern matches that user ("mixed mode": different users, different providers).
    /// </summary>
    public async Task<GetServiceIdPxResponse> Get(GetServiceIdPx request, CancellationToken ct)
    {
        var serviceId = await db.ServiceIdAsync(caller, request.ServiceGuid, nameof(request.ServiceGuid), ct);
        var workflow = bool.TryParse(request.ConnectorRequest, out var connectors) && connectors ? IdPxWorkflow.Connector : IdPxWorkflow.Authentication;
        var proxies = await db.IdPxs.AsNoTracking().Where(x => x.ServiceId == serviceId && x.Type.Workflow == workflow)
            .OrderBy(x => x.CreatedOn).ThenBy(x => x.Id).Include(x => x.Type).ToListAsync(ct);
        if (!string.IsNullOrEmpty(request.EmailAddress) && proxies.Count > 0)
        {
            var email = EmailAddresses.Normalize(request.EmailAddress);
            var group = await db.ServiceUsers.Where(u => u.ServiceId == serviceId && u.Email == email)
                .Select(u => new { u.Group.Name, u.Group.Type }).SingleOrDefaultAsync(ct);
            proxies = proxies.Where(x => IdPxPattern.FromStored(x.Pattern).Matches(email, group?.Name, group?.Type)).ToList();
        }
        var serviceUrls = (await db.ServiceUrlsAsync(urls, [serviceId], ct))[serviceId];
        return new GetServiceIdPxResponse { IdPx = proxies.Select(x => ToWire<ServiceModel.IdPx>(x, serviceUrls)).ToList() };
    }

    public async Task<GetIdPxResponse> Get(GetIdPx request, CancellationToken ct)
    {
        var idPx = await Visible().AsNoTracking().Include(x => x.Type).SingleOrDefaultAsync(x => x.Id == request.IdPxGuid, ct)
            ?? throw IdPxNotFound();
        var serviceUrls = (await db.ServiceUrlsAsync(urls, [idPx.ServiceId], ct))[idPx.ServiceId];
        return ToWire<GetIdPxResponse>(idPx, serviceUrls);
    }

    /// <summary>Changes the fields the request carries; an empty Pattern or Parameters clears it.</summary>
    public async Task<BaseResponse> Put(UpdateIdPx request, CancellationToken ct)
    {
        var idPx = await Visible().SingleOrDefaultAsync(x => x.Id == request.IdPxGuid, ct) ?? throw IdPxNotFound();
        if (request.IdProviderGuid is { } providerId)
        {
            await ProviderNameAsync(providerId, ct);
            idPx.IdProviderId = providerId;
        }
        if (request.TypeGuid is { } typeId) idPx.TypeId = TypeOrDefault(typeId);
        if (request.Name is not null) idPx.Name = Given(request.Name) ?? idPx.Name;
        if (request.Description is not null) idPx.Description = Given(request.Description);
        if (request.Pattern is not null) idPx.Pattern = CanonicalPattern(request.Pattern);
        if (request.Parameters is not null) idPx.Parameters = CanonicalParameters(request.Parameters);
        await db.SaveChangesAsync(ct);
        return new BaseResponse();
    }

    /// <summary>The proxies of the services the caller sees.</summary>
    private IQueryable<IdPxEntity> Visible()
    {
        var services = db.Services.VisibleTo(caller).Select(s => s.Id);
        return db.IdPxs.Where(x => services.Contains(x.ServiceId));
    }

    private async Task<string> ProviderNameAsync(Guid providerId, CancellationToken ct) =>
        await db.IdProviders.Where(p => p.Id == providerId).Select(p => p.Name).SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Identity provider not found.", nameof(CreateServiceIdPx.IdProviderGuid));

    /// <summary>"If it's empty, the Idpx record is going to use the Authentication workflow by default."</summary>
    private static Guid TypeOrDefault(Guid? typeId) => typeId is { } id && id != Guid.Empty ? id : IdentityTypeRows.AuthenticationProxy;

    // The validator has parsed both documents already; parsed again here for their canonical form.
    private static string? CanonicalPattern(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : IdPxPattern.TryParse(json, out var pattern, out _) ? pattern!.ToJson() : null;

    private static string? CanonicalParameters(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : IdPxParameters.TryParse(json, out var parameters, out _) ? parameters!.ToJson() : null;

    private static HttpError IdPxNotFound() => HttpError.NotFound("Identity proxy not found.", nameof(GetIdPx.IdPxGuid));

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static T ToWire<T>(IdPxEntity idPx, Dictionary<ServiceUrlType, string>? serviceUrls) where T : ServiceModel.IdPx, new() => new()
    {
        ServiceGuid = idPx.ServiceId,
        IdPxGuid = idPx.Id,
        IdProviderGuid = idPx.IdProviderId,
        Pattern = idPx.Pattern,
        Parameters = idPx.Parameters,
        IdPxUrl = IdPxLinks.LoginUrl(serviceUrls, idPx.Id),
        Name = idPx.Name,
        Description = idPx.Description,
        Type = ToWire(idPx.Type),
    };

    private static ServiceModel.IdPxType ToWire(IdPxTypeEntity type) => new()
    {
        IdPxTypeGuid = type.Id,
        Name = type.Name,
        Description = type.Description,
        Workflow = type.Workflow.ToString(),
    };
}
