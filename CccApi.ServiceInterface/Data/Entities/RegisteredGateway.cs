namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// A mail gateway instance acting for services whose domains it serves. Its reach is the scope of the admin who
/// registered it (<see cref="RegistrarType"/>, <see cref="RegistrarScopeId"/>): a SuperUser's gateway serves every
/// service, a Partner admin's its partner's services, a Reseller admin's its reseller's.
/// </summary>
public class RegisteredGateway
{
    public Guid Id { get; set; }

    private string _name = "";

    /// <summary>Setting it also sets <see cref="NameKey"/>, so the two cannot disagree.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameKey = Rules.NameKeys.For(value);
        }
    }

    /// <summary>The name compared without regard to case; unique among the gateways of one registrar scope.</summary>
    public string NameKey { get; private set; } = "";

    /// <summary>The page's GatewayStatus: <see cref="ActiveStatus"/> for every registered gateway.</summary>
    public int Status { get; set; } = ActiveStatus;

    public const int ActiveStatus = 1;

    /// <summary>SuperUser, Partner or Reseller: whose services the gateway serves.</summary>
    public AdminUserType RegistrarType { get; set; }

    /// <summary>The registrar's partner or reseller; <see cref="Guid.Empty"/> for a SuperUser's gateway (every service).</summary>
    public Guid RegistrarScopeId { get; set; }

    public Guid? RegisteredByUserId { get; set; }

    /// <summary>The registering admin's user name (email) as it was then.</summary>
    public string RegisteredByUser { get; set; } = "";

    public DateTime RegisteredOn { get; set; }

    /// <summary>The client address the registration came from.</summary>
    public string? IPAddress { get; set; }

    /// <summary>Bumped by every change of the gateway's message rules: the first write of such a change, so concurrent changes queue on this row.</summary>
    public long RulesVersion { get; set; }
}
