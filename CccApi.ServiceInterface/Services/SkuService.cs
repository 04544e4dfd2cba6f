using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Sku = CccApi.ServiceModel.Sku;
using SkuEntity = CccApi.ServiceInterface.Data.Entities.Sku;

namespace CccApi.ServiceInterface.Services;

public sealed class SkuService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller, Quotas quotas)
{
    /// <summary>
    /// Creates a Sku in the Partner's catalogue, optionally in one of its SkuBundles. BillingMetric defaults to
    /// NoMetric, UnitPrice and Quantity to 0, Status to Active.
    /// </summary>
    public async Task<CreateSkuResponse> Post(CreateSku request, CancellationToken ct)
    {
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        if (request.SkuBundleGuid is { } bundleId
            && !await db.SkuBundles.AnyAsync(b => b.Id == bundleId && b.PartnerId == partner.Id, ct))
            throw HttpError.NotFound("SkuBundle not found for this Partner.", nameof(request.SkuBundleGuid));
        await quotas.EnsureRoomAsync(db.Skus.Where(s => s.PartnerId == partner.Id), quotas.Settings.SkusPerPartner,
            "Skus per Partner", nameof(request.PartnerGuid), ct);

        var sku = new SkuEntity
        {
            Id = Guid.NewGuid(),
            PartnerId = partner.Id,
            SkuBundleId = request.SkuBundleGuid,
            Name = NameForms.Normalize(request.Name),
            BillingMetric = request.BillingMetric is null ? BillingMetrics.Default : BillingMetrics.Canonical(request.BillingMetric)!,
            UnitPrice = request.UnitPrice,
            Quantity = request.Quantity,
            Description = request.Description,
            Status = RecordStatuses.Checked(request.Status, RecordStatus.Active),
            CreatedOn = time.GetUtcNow().UtcDateTime,
        };
        db.Skus.Add(sku);
        await guard.SaveChangesAsync(ct);
        return new CreateSkuResponse { SkuGuid = sku.Id };
    }

    /// <summary>The Partner's Skus of one Status (Active unless asked), optionally of one SkuBundle, oldest first.</summary>
    public async Task<SkusPagedResponse> Get(GetSkus request, CancellationToken ct)
    {
        var partnerId = await db.CataloguePartnerIdAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        var status = RecordStatuses.Checked(request.Status, RecordStatus.Active);
        var skus = db.Skus.Where(s => s.PartnerId == partnerId && s.Status == status);
        if (request.SkuBundleGuid is { } bundleId)
            skus = skus.Where(s => s.SkuBundleId == bundleId);

        return await skus.OrderBy(s => s.CreatedOn).ThenBy(s => s.Id)
            .Select(SkuProjection<Sku>.ToDto)
            .ToPageAsync(request, new SkusPagedResponse(), ct);
    }

    public async Task<SkuResponse> Get(GetSku request, CancellationToken ct) =>
        await db.Skus.VisibleTo(db, caller).Where(s => s.Id == request.SkuGuid)
            .Select(SkuProjection<SkuResponse>.ToDto)
            .SingleOrDefaultAsync(ct)
        ?? throw HttpError.NotFound("Sku not found.", nameof(request.SkuGuid));
}
