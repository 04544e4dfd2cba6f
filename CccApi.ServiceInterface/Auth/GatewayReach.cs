using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Auth;

/// <summary>A gateway and whose services it serves: those its registrar (a SuperUser, a Partner or a Reseller admin) sees.</summary>
public readonly record struct GatewayReach(Guid GatewayId, AdminUserType RegistrarType, Guid RegistrarScopeId);
