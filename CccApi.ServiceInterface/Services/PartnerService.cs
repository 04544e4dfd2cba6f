using CccApi.ServiceInterface.Auth;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class PartnerService(CccDbContext db, UniqueIndexGuard guard, AdminAccounts accounts, TimeProvider time, ICallerContext caller)
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

    /// <summary>
    /// Changes the fields sent (null leaves a field as it is). The Partner's admins may rename it and change
    /// its company and contact; only a SuperUser changes its Status. Disabling it shuts out every admin
    /// under it (<see cref="PartnerStanding"/>) without revoking anything.
    /// </summary>
    public async Task<BaseResponse> Put(UpdatePartner request, CancellationToken ct)
    {
        SuperUserFields.Demand(caller, request.Status, nameof(request.Status));
        var partner = await db.PartnerAsync(caller, request.PartnerGuid, nameof(request.PartnerGuid), ct);
        if (NameForms.Normalize(request.PartnerName) is { } name && name != partner.Name)
        {
            var key = NameKeys.For(name);
            if (key != partner.NameKey && await db.Partners.AnyAsync(p => p.NameKey == key && p.Id != partner.Id, ct))
                throw Conflicts.PartnerName(nameof(request.PartnerName));
            partner.Name = name;
        }
        if (NameForms.Normalize(request.CompanyName) is { } companyName) partner.CompanyName = companyName;
        if (NameForms.Normalize(request.ContactName) is { } contactName) partner.ContactName = contactName;
        var wasActive = partner.Status == RecordStatus.Active;
        partner.Status = RecordStatuses.Checked(request.Status, partner.Status);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (guard.TryGetViolatedIndex(ex, out var index) && Conflicts.IsIndexOn<Partner>(index, nameof(Partner.NameKey)))
        {
            throw Conflicts.PartnerName(nameof(request.PartnerName));
        }
        if (wasActive && partner.Status == RecordStatus.Disabled)
            await accounts.ForgetCredentialsUnderPartnerAsync(partner.Id, ct);
        return new BaseResponse();
    }
}
