using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class ResellerService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller, Quotas quotas)
{
    /// <summary>Creates a Reseller under the Partner; a DefaultCollectionGuid, when given, must name an existing Collection.</summary>
    public async Task<CreateResellerResponse> Post(CreateReseller request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        await quotas.EnsureRoomAsync(db.Resellers.Where(r => r.PartnerId == partner.Id), quotas.Settings.ResellersPerPartner,
            "Resellers per Partner", nameof(request.PartnerGuid), ct);
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

    public async Task<ResellerListItemResponse> Get(GetReseller request, CancellationToken ct) =>
        await db.Resellers.VisibleTo(caller).Where(r => r.Id == request.ResellerGuid)
            .Select(ResellerListItemProjection<ResellerListItemResponse>.ToDto)
            .SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Reseller not found.", nameof(request.ResellerGuid));

    /// <summary>
    /// The Partner's Resellers of the asked statuses (only Active ones when none are asked), oldest first; the
    /// list is bounded by <c>Quotas:ResellersPerPartner</c>.
    /// </summary>
    public async Task<List<ResellerListItem>> Get(GetPartnerResellers request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var statuses = request.ResellerStatuses is { Length: > 0 } asked
            ? asked.Select(s => RecordStatuses.Parse(s)!.Value).Distinct().ToList()
            : [RecordStatus.Active];
        var resellers = db.Resellers.Where(r => r.PartnerId == partner.Id);
        // One status or both: an equality the (PartnerId) index serves, or no filter at all.
        if (statuses.Count == 1)
        {
            var status = statuses[0];
            resellers = resellers.Where(r => r.Status == status);
        }
        return await resellers.OrderBy(r => r.CreatedOn).ThenBy(r => r.Id)
            .Select(ResellerListItemProjection<ResellerListItem>.ToDto)
            .ToListAsync(ct);
    }
}
