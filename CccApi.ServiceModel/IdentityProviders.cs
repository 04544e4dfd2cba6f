using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>SuperUser only: a provider is shared by every service whose identity proxies use it.</summary>
[RequiredRole("SuperUser")]
[Route("/idp", "POST", Summary = "Create id provider configuration.")]
public class CreateIdProvider : IReturn<CreateIdProviderResponse>
{
    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LoginUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? TokenUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LogoutUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ClientId { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? SecretId { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [Secret]
    public string? CertificateId { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [Secret]
    public string? Certificate2Id { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? TypeGuid { get; set; }
}

public class CreateIdProviderResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdProviderGuid { get; set; }
}

[Route("/idp", "GET", Summary = "Get id provider configurations.")]
public class GetIdProviders : IReturn<GetIdProvidersResponse>;

/// <summary>ResponseStatus comes first here, as on the original's page and sample (this response has no BaseResponse).</summary>
public class GetIdProvidersResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }

    public List<IdProviderSummary>? IdProviders { get; set; }
}

/// <summary>An identity provider as GetIdProviders lists it: no client id, secret or certificate.</summary>
public class IdProviderSummary
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdProviderGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LoginUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? TokenUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LogoutUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? IdPxUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Parameters { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid TypeGuid { get; set; }
}

/// <summary>
/// The stored copy of this page is a markdown rendering without its title lines or table headings; the response's
/// name is not shown. Its two tables (ResponseStatus, then the provider's fields) and its sample are completed as
/// GetIdPx's response is: the provider's fields with ResponseStatus declared first.
/// </summary>
[Route("/idp/{IdProviderGuid}", "GET", Summary = "Get id provider configuration.")]
public class GetIdProvider : IReturn<GetIdProviderResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid IdProviderGuid { get; set; }
}

public class GetIdProviderResponse : IdProvider, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>An identity provider's configuration. SecretId, CertificateId and Certificate2Id are never answered (always null).</summary>
public class IdProvider
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdProviderGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LoginUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? TokenUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? LogoutUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ClientId { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? SecretId { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? CertificateId { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Certificate2Id { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Parameters { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? IdPxUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid TypeGuid { get; set; }
}

/// <summary>The stored copies of this page end inside the sample response; the response is complete above it.</summary>
[Route("/services/{ServiceGuid}/idpx", "POST", Summary = "Add identity proxy configuration for the specified service.")]
public class CreateServiceIdPx : IReturn<CreateServiceIdPxResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? IdProviderGuid { get; set; }

    [ApiMember(DataType = "String", Description = IdPxDocuments.PatternExample, ParameterType = "body")]
    public string? Pattern { get; set; }

    [ApiMember(DataType = "String", Description = IdPxDocuments.ParametersExample, ParameterType = "body")]
    public string? Parameters { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "Guid", Description = IdPxDocuments.TypeGuidDefault, ParameterType = "body")]
    public Guid? TypeGuid { get; set; }
}

public class CreateServiceIdPxResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdPxGuid { get; set; }
}

/// <summary>The stored copies of this page end inside the sample response's idPx array; the tables above it are complete.</summary>
[Route("/services/{ServiceGuid}/idpx", "GET", Summary = "Get the identity proxy configuration for the specified service.",
    Notes = "Not all services use idenitiy proxy for authentication.")]
public class GetServiceIdPx : IReturn<GetServiceIdPxResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", Description = "In mixed mode the email address is required in order to retrieve the correct idpx configuration.",
        ParameterType = "query")]
    public string? EmailAddress { get; set; }

    [ApiMember(DataType = "String", Description = "Return authentication requests when ConnectorRequest is false, ow return all connector requests.",
        ParameterType = "query")]
    public string? ConnectorRequest { get; set; }
}

/// <summary>ResponseStatus comes first here, as on the original's page (this response has no BaseResponse).</summary>
public class GetServiceIdPxResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }

    public List<IdPx>? IdPx { get; set; }
}

/// <summary>The stored copies of this page end on the sample response's last closing lines; the tables are complete.</summary>
[Route("/idpx/{IdPxGuid}", "GET", Summary = "Retrieves specific id proxy configuration.")]
public class GetIdPx : IReturn<GetIdPxResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid IdPxGuid { get; set; }
}

public class GetIdPxResponse : IdPx, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

/// <summary>A service's identity proxy: which of its users sign in (or connect) through which identity provider.</summary>
public class IdPx
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdPxGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdProviderGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Pattern { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Parameters { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? IdPxUrl { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "IdPxType", ParameterType = "body")]
    public IdPxType? Type { get; set; }
}

public class IdPxType
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid IdPxTypeGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Workflow { get; set; }
}

[Route("/idpx/{IdPxGuid}", "PUT", Summary = "Update the pattern and/or the parameters of id proxy configuration.")]
public class UpdateIdPx : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid IdPxGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? IdProviderGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", Description = IdPxDocuments.PatternExample, ParameterType = "body")]
    public string? Pattern { get; set; }

    [ApiMember(DataType = "String", Description = IdPxDocuments.ParametersExample, ParameterType = "body")]
    public string? Parameters { get; set; }

    [ApiMember(DataType = "Guid", Description = IdPxDocuments.TypeGuidDefault, ParameterType = "body")]
    public Guid? TypeGuid { get; set; }
}

/// <summary>The pages' descriptions of an identity proxy's documents, word for word.</summary>
public static class IdPxDocuments
{
    public const string PatternExample = "e.g., {\"emailAddress\": \".*@domain.com\", \"usrGroupName\": \"Name\", \"userGroupType\": \"Guest\"}";
    public const string ParametersExample = "e.g., {\"language\": \"en\", \"userGroupType\": \"Professional\"}";
    public const string TypeGuidDefault = "If it's empty, the Idpx record is going to use the Authentication workflow by default";
}
