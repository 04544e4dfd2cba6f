using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// What a Sku or SkuBundle needs to be assigned to a Service: it belongs to the Service's Partner (403
/// otherwise; only a SuperUser sees another partner's catalogue to get this far) and is Active (400 Disabled).
/// </summary>
public static class CatalogueAssignment
{
    public static async Task EnsureAssignableAsync(this CccDbContext db, Guid serviceId, Guid partnerId, RecordStatus status,
        string what, string fieldName, CancellationToken ct)
    {
        var servicePartnerId = await db.Services.Where(s => s.Id == serviceId).Select(s => s.Reseller.PartnerId).SingleAsync(ct);
        if (partnerId != servicePartnerId)
            throw HttpError.Forbidden($"The {what} belongs to a different Partner than the Service.", fieldName);
        if (status != RecordStatus.Active)
            throw HttpError.BadRequest("Disabled", $"The {what} is Disabled.", fieldName);
    }
}
