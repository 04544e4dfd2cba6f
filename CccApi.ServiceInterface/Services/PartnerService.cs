using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class PartnerService(CccDbContext db, UniqueIndexGuard guard, TimeProvider time, ICallerContext caller)
{
    /// <summary>Creates a Partner; its Name must be unique.</summary>
    public async Task<CreatePartnerResponse> Post(CreatePartner request, CancellationToken ct)
    {
        SuperUserOnly.Demand(caller, "create a Partner");
        var name = NameForms.Normalize(request.Name)!;
        var key = NameKeys.For(name);
        if (await db.Partners.AnyAsync(p => p.NameKey == key, ct))
            throw Conflicts.PartnerName();

        var partner = new Partner { Id = Guid.NewGuid(), Name = name, CreatedOn = time.GetUtcNow().UtcDateTime };
        db.Partners.Add(partner);
        await guard.SaveChangesAsync(ct);
        return new CreatePartnerResponse { PartnerGuid = partner.Id };
    }
}
