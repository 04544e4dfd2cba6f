using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Identity;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using IdProviderEntity = CccApi.ServiceInterface.Data.Entities.IdProvider;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Identity provider configurations (CreateIdProvider, GetIdProviders, GetIdProvider). They are shared by every service
/// whose identity proxies use them, so only a SuperUser creates one ([RequiredRole] on the DTO, checked before validation); every admin reads them to configure its services'
/// proxies. The secret and certificates are encrypted before they are stored and never answered.
/// </summary>
public sealed class IdProviderService(
    CccDbContext db, ICallerContext caller, IdentitySecrets secrets, IOptions<IdentityProviderSettings> settings, TimeProvider time)
{
    public async Task<CreateIdProviderResponse> Post(CreateIdProvider request, CancellationToken ct)
    {
        var provider = new IdProviderEntity
        {
            Id = Guid.NewGuid(),
            TypeId = request.TypeGuid!.Value,
            Name = request.Name!.Trim(),
            Description = request.Description,
            LoginUrl = request.LoginUrl,
            TokenUrl = Given(request.TokenUrl),
            LogoutUrl = Given(request.LogoutUrl),
            ClientId = Given(request.ClientId),
            // Encryption is done before anything is written, and each value is one row's column: no transaction needed.
            ProtectedSecretId = secrets.Protect(request.SecretId),
            ProtectedCertificateId = secrets.Protect(request.CertificateId),
            ProtectedCertificate2Id = secrets.Protect(request.Certificate2Id),
            CreatedOn = time.GetUtcNow().UtcDateTime,
            CreatedBy = caller.UserId,
        };
        db.IdProviders.Add(provider);
        await db.SaveChangesAsync(ct);
        return new CreateIdProviderResponse { IdProviderGuid = provider.Id };
    }

    public async Task<GetIdProvidersResponse> Get(GetIdProviders request, CancellationToken ct)
    {
        var providers = await db.IdProviders.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new IdProviderSummary
        {
            IdProviderGuid = p.Id,
            LoginUrl = p.LoginUrl,
            TokenUrl = p.TokenUrl,
            LogoutUrl = p.LogoutUrl,
            Name = p.Name,
            Description = p.Description,
            TypeGuid = p.TypeId,
        }).ToListAsync(ct);
        foreach (var provider in providers)
        {
            provider.IdPxUrl = CallbackUrl(provider.IdProviderGuid);
            provider.Parameters = IdPxParameters.Accepted;
        }
        return new GetIdProvidersResponse { IdProviders = providers };
    }

    /// <summary>The provider without its secret and certificates, which stay null: they are written, never read back.</summary>
    public async Task<GetIdProviderResponse> Get(GetIdProvider request, CancellationToken ct)
    {
        var response = await db.IdProviders.AsNoTracking().Where(p => p.Id == request.IdProviderGuid).Select(p => new GetIdProviderResponse
        {
            IdProviderGuid = p.Id,
            LoginUrl = p.LoginUrl,
            TokenUrl = p.TokenUrl,
            LogoutUrl = p.LogoutUrl,
            ClientId = p.ClientId,
            Name = p.Name,
            Description = p.Description,
            TypeGuid = p.TypeId,
        }).SingleOrDefaultAsync(ct) ?? throw HttpError.NotFound("Identity provider not found.", nameof(request.IdProviderGuid));
        response.IdPxUrl = CallbackUrl(response.IdProviderGuid);
        response.Parameters = IdPxParameters.Accepted;
        return response;
    }

    private string? CallbackUrl(Guid providerId) =>
        string.IsNullOrWhiteSpace(settings.Value.ProviderCallbackUrlTemplate)
            ? null
            : settings.Value.ProviderCallbackUrlTemplate.Replace("{IdProviderGuid}", providerId.ToString("N"), StringComparison.Ordinal);

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
