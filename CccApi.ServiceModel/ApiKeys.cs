using ServiceStackCompat;

namespace CccApi.ServiceModel;

/// <summary>Ours: API keys for machine callers, sent as <c>Authorization: Bearer</c> or as the Basic user name.</summary>
[Route("/apikeys", "POST", Summary = "Create an API key.",
    Notes = "The key is returned once, in this response; only its digest is stored.")]
public class CreateApiKey : IReturn<CreateApiKeyResponse>
{
    [ApiMember(DataType = "String", Description = "What the key is for. 100 char Max.", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "DateTime", Description = "When the key stops working; none: never.", ParameterType = "body")]
    public DateTime? ExpiresOn { get; set; }

    [ApiMember(DataType = "Guid", Description = "The admin user the key is for; only a SuperUser may name another than itself.", ParameterType = "body")]
    public Guid? AdminUserGuid { get; set; }
}

public class CreateApiKeyResponse : BaseResponse
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ApiKeyGuid { get; set; }

    [ApiMember(DataType = "String", Description = "The key itself, shown this once.", ParameterType = "body")]
    public string? Key { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Prefix { get; set; }

    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime? ExpiresOn { get; set; }
}

[Route("/apikeys", "GET", Summary = "List API keys (never the keys themselves).")]
public class GetApiKeys : IReturn<GetApiKeysResponse>
{
    [ApiMember(DataType = "Guid", Description = "Whose keys; only a SuperUser may name another than itself.", ParameterType = "query")]
    public Guid? AdminUserGuid { get; set; }
}

public class GetApiKeysResponse : BaseResponse
{
    public List<ApiKeySummary> ApiKeys { get; set; } = [];
}

public class ApiKeySummary
{
    public Guid ApiKeyGuid { get; set; }

    public Guid AdminUserGuid { get; set; }

    public string? Name { get; set; }

    public string? Prefix { get; set; }

    public DateTime CreatedDate { get; set; }

    public DateTime? ExpiresOn { get; set; }

    public DateTime? RevokedDate { get; set; }
}

[Route("/apikeys/{ApiKeyGuid}", "DELETE", Summary = "Revoke an API key: it stops working within the credential cache bound.")]
public class RevokeApiKey : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ApiKeyGuid { get; set; }
}
