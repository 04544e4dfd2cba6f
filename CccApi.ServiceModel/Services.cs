using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/services", "POST", Summary = "Creates a new service in the system.",
    Notes = "The datacenter where the service will be created can be specified by either setting the CollectionGuid or SiteGuid property. If CollectionGuid is specified the service will be installed in that Collection. If SiteGuid is specified the default Collection for that Site will be used to install the service.")]
public class CreateService : IReturn<CreateServiceResponse>
{
    [ApiMember(DataType = "String", Description = "Used to apply membership rules for this domain. Needs to be specified in FQDN format. 54 char Max.", IsRequired = true, ParameterType = "body")]
    public string? PrimaryDomain { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Guid of the Reseller that manages the Service.", IsRequired = true, ParameterType = "body")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "UserInfo", Description = "The initial user of the Service. This account is used for automatic invites and other administrative tasks.", ParameterType = "body")]
    public UserInfo? SystemUser { get; set; }

    [ApiMember(DataType = "ContactInfo", Description = "The customers contact info.", ParameterType = "body")]
    public ContactInfo? ContactInfo { get; set; }

    [ApiMember(DataType = "Company", Description = "The customer's company information. CompanyInfo Name defaults to '{PrimaryDomain} Secure Messaging' if not supplied.", ParameterType = "body")]
    public Company? CompanyInfo { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Guid of the collection in which the service will be created. If not provided, it is determined by the configuration of the specified reseller.", ParameterType = "body")]
    public Guid? CollectionGuid { get; set; }

    [ApiMember(DataType = "String", Description = "A unique Service code that identifies the service. SuperUser only.", ParameterType = "body")]
    public string? ServiceCode { get; set; }

    [ApiMember(DataType = "String", Description = "If not specified an automatic name is assigned based on the company's name. SuperUser only.", ParameterType = "body")]
    public string? ServiceName { get; set; }

    [ApiMember(DataType = "String", Description = "Optional reference to an external identification system. 250 char Max.", ParameterType = "body")]
    public string? ReferenceId { get; set; }

    [ApiMember(DataType = "Guid", Description = "The Site where the service will be installed.", ParameterType = "body")]
    public Guid? SiteGuid { get; set; }
}

public class CreateServiceResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    public ServiceStatus ServiceStatus { get; set; }

    public string? AdminUsername { get; set; }
}

public class UserInfo
{
    public string? Email { get; set; }

    [ApiMember(DataType = "String", Description = "Password in plain text", ParameterType = "body")]
    public string? Password { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }
}

public class ContactInfo
{
    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? Email { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? PhoneNumber { get; set; }
}

public class Company
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? StateProvince { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Website { get; set; }
}

public enum ServiceStatus
{
    Blocked,
    AccountCancelled,
    AccountSuspended,
    Provisioning,
    TrialExpired,
    TrialActive,
    DemoAccount,
    CertifiedSecure,
}

/// <summary>The kinds of address a service's users and tools reach it at (the keys of Service.Urls).</summary>
public enum ServiceUrlType
{
    MessagingApi,
    Webmail,
    ToolbarServices,
    GatewaySettings,
    AdminConsole,
    SecMsgAPI,
    Webapp,
    IdProxy,
    IdProxyLogout,
}

[Route("/services/{ServiceGuid}", "GET", Summary = "Get detailed information about a specific service.")]
public class GetService : IReturn<ServiceResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }
}

/// <summary>The Service itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class ServiceResponse : Service, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A customer's service.</summary>
public class Service
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    public string? Name { get; set; }

    public ServiceStatus Status { get; set; }

    public string? ServiceCode { get; set; }

    public string? ReferenceId { get; set; }

    public string? PrimaryDomain { get; set; }

    /// <summary>Built from the service's collection (its services API base URL) and the collection's Site endpoint.</summary>
    public Dictionary<ServiceUrlType, string>? Urls { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime CreatedOn { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? TrialEndDate { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? EffectiveDate { get; set; }

    [ApiMember(DataType = "Integer", ParameterType = "body")]
    public int? InitialTerm { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid SiteGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? ClientGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ResellerGuid { get; set; }

    public string? ResellerName { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid PartnerGuid { get; set; }

    public string? PartnerName { get; set; }
}
