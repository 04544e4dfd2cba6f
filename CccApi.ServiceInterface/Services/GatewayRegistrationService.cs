using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;
using Gateway = CccApi.ServiceModel.Gateway;

namespace CccApi.ServiceInterface.Services;

/// <summary>
/// Registers gateways and lists them. A SuperUser, Partner or Reseller admin registers a gateway for the services of
/// its own scope (see <see cref="GatewayScope"/>); who registered it, when and from which address is recorded.
/// </summary>
public sealed class GatewayRegistrationService(CccDbContext db, ICallerContext caller, UniqueIndexGuard guard, Quotas quotas, TimeProvider time)
{
    public async Task<GatewayResponse> Post(CreateGateway request, CancellationToken ct)
    {
        if (caller.Type == AdminUserType.Service)
            throw HttpError.Forbidden("Only SuperUsers, Partner and Reseller admins may register a gateway.", nameof(request.GatewayName));
        var (registrarType, registrarScopeId) = GatewayScope.RegistrarOf(caller);
        // A tenant's gateways are bounded; the SuperUsers' own are the operator's, as unbounded as its partners.
        if (registrarType != AdminUserType.SuperUser)
            await quotas.EnsureRoomAsync(db.Gateways.Where(g => g.RegistrarType == registrarType && g.RegistrarScopeId == registrarScopeId),
                quotas.Settings.GatewaysPerTenant, "gateways per partner or reseller", nameof(request.GatewayName), ct);
        var gateway = new RegisteredGateway
        {
            Id = Guid.NewGuid(),
            Name = NameForms.Normalize(request.GatewayName!.Trim())!,
            RegistrarType = registrarType,
            RegistrarScopeId = registrarScopeId,
            RegisteredByUserId = caller.UserId,
            RegisteredByUser = caller.UserName ?? "",
            RegisteredOn = time.GetUtcNow().UtcDateTime,
            IPAddress = caller.Address,
        };
        if (await db.Gateways.AnyAsync(g => g.RegistrarType == registrarType && g.RegistrarScopeId == registrarScopeId && g.NameKey == gateway.NameKey, ct))
            throw Conflicts.GatewayName();
        db.Gateways.Add(gateway);
        await guard.SaveChangesAsync(ct);
        return Describe(gateway, new GatewayResponse());
    }

    /// <summary>The gateways the caller administers, oldest first.</summary>
    public async Task<GatewaysPagedResponse> Get(GetGateways request, CancellationToken ct) =>
        await db.Gateways.AsNoTracking().AdministeredBy(db, caller)
            .OrderBy(g => g.RegisteredOn).ThenBy(g => g.Id)
            // A gateway's few columns, described after reading as CreateGateway describes it.
            .Select(g => Describe(g, new Gateway()))
            .ToPageAsync(request, new GatewaysPagedResponse(), ct);

    private static T Describe<T>(RegisteredGateway gateway, T view) where T : Gateway
    {
        view.GatewayGuid = gateway.Id;
        view.GatewayName = gateway.Name;
        view.GatewayStatus = gateway.Status;
        view.RegisteredByUser = gateway.RegisteredByUser;
        view.RegisteredOn = gateway.RegisteredOn;
        view.IPAddress = gateway.IPAddress;
        return view;
    }
}
