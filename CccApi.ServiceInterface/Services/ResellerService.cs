using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Services;

public sealed class ResellerService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller)
{
    /// <summary>Creates a Reseller under the Partner; a DefaultCollectionGuid, when given, must name an existing Collection.</summary>
    public async Task<CreateResellerResponse> Post(CreateReseller request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        if (request.DefaultCollectionGuid is { } collectionId)
            await db.CollectionAsync(caller, collectionId, nameof(request.DefaultCollectionGuid), ct);

        var reseller = new Reseller
        {
            Id = Guid.NewGuid(),
            PartnerId = partner.Id,
            Name = NameForms.Normalize(request.Name)!,
            CompanyName = NameForms.Normalize(request.CompanyName)!,
            ContactName = request.ContactInfo?.Name,
            ContactEmail = request.ContactInfo?.Email,
            ContactPhoneNumber = request.ContactInfo?.PhoneNumber,
            Status = RecordStatus.Active,
            DefaultCollectionId = request.DefaultCollectionGuid,
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.Resellers.Add(reseller);
        await guard.SaveChangesAsync(ct);
        return new CreateResellerResponse { ResellerGuid = reseller.Id };
    }

    public async Task<ResellerListItemResponse> Get(GetReseller request, CancellationToken ct)
    {
        var reseller = await db.ResellerAsync(caller, request.ResellerGuid, nameof(request.ResellerGuid), ct);
        return new ResellerListItemResponse
        {
            ResellerGuid = reseller.Id,
            Name = reseller.Name,
            Status = reseller.Status.ToString(),
            CreatedOn = reseller.CreatedOn,
            CompanyName = reseller.CompanyName,
            DefaultCollectionGuid = reseller.DefaultCollectionId,
            ContactInfo = new ContactInfo { Name = reseller.ContactName, Email = reseller.ContactEmail, PhoneNumber = reseller.ContactPhoneNumber },
            PartnerGuid = reseller.PartnerId,
        };
    }
}
