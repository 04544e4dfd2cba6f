using ServiceStackCompat;

namespace CccApi.ServiceModel;

[Route("/settings/keys", "GET", Summary = "Get setting keys")]
public class GetSettingKeys : IReturn<GetSettingKeysResponse>
{
    [ApiMember(DataType = "String[]", ParameterType = "body")]
    public List<string>? Names { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [ApiAllowableValues("Service", "Collection", "Reseller", "Partner")]
    public string? AccessType { get; set; }
}

public class GetSettingKeysResponse : BaseResponse
{
    public List<SettingKey> SettingKeys { get; set; } = [];
}

/// <summary>As on the v8.4.0.0 page; a later rendering of the page adds a Label, which this version does not have.</summary>
public class SettingKey
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid Guid { get; set; }

    public string? Name { get; set; }

    public string? AccessType { get; set; }

    [ApiMember(DataType = "SettingGroup", ParameterType = "body")]
    public SettingGroup? Group { get; set; }

    public string? Visibility { get; set; }

    public string? Description { get; set; }

    public string? ValidationDescription { get; set; }
}

public class SettingGroup
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid Guid { get; set; }

    public string? Name { get; set; }
}

[RequiredRole("SuperUser")]
[Route("/settings/keys", "PUT", Summary = "Update setting key")]
public class UpdateSettingKey : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? KeyGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [ApiAllowableValues("Service", "Collection", "Reseller", "Partner")]
    public string? AccessType { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid? GroupGuid { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    [ApiAllowableValues("Private", "Protected", "Public")]
    public string? Visibility { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? Description { get; set; }

    [ApiMember(DataType = "String", ParameterType = "body")]
    public string? ValidationDescription { get; set; }
}

[Route("/services/{ServiceGuid}/settings/{Name}", "GET", Summary = "Retrieve setting information for selected service",
    Notes = "The setting is identified by its public name. The setting value may differ depending on which service is queried. The value is serialized.")]
public class GetServiceSetting : IReturn<ServiceSettingResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }
}

/// <summary>The setting itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class ServiceSettingResponse : ServiceSetting, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

public class ServiceSetting
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Group { get; set; }

    public string? Value { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ServiceGuid { get; set; }
}

[Route("/services/{ServiceGuid}/settings/{Name}", "PUT", Summary = "Update setting value for selected service",
    Notes = "The setting is identified by its public name. The setting value associated with the selected service is updated. The value is serialized.")]
public class UpdateServiceSetting : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ServiceGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }

    /// <summary>The page lists it as a query parameter, and its sample sends it in the body: either is read.</summary>
    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "query")]
    public string? Value { get; set; }
}

[Route("/collections/{CollectionGuid}/settings/{Name}", "GET", Summary = "Retrieve a value of a specific collection setting.",
    Notes = "The setting is identified by its public name. The setting value may differ depending on which collection is queried. The value is serialized."
        + "SuperUsers can get any Collection settings. Partners can get a setting owned by one of their Resellers Collections. Resellers can get settings for Collections they own.")]
public class GetCollectionSetting : IReturn<CollectionSettingResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }
}

/// <summary>The setting itself with responseStatus declared here, so it serialises first as on the original.</summary>
public class CollectionSettingResponse : CollectionSetting, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

public class CollectionSetting
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Group { get; set; }

    public string? Value { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid CollectionGuid { get; set; }
}

[Route("/collections/{CollectionGuid}/settings/{Name}", "PUT", Summary = "Update setting value for selected collection",
    Notes = "The setting is identified by its public name. The setting value associated with the selected collection is updated. The value is serialized. "
        + "SuperUsers can update any Collection settings. Partners can update a setting owned by one of their Resellers Collections. Resellers can update settings for Collections they own.")]
public class UpdateCollectionSetting : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? Value { get; set; }
}

/// <summary>The stored copy is a markdown rendering with no summary on its route; the response is BaseResponse (the index).</summary>
[Route("/collections/{CollectionGuid}/settings/defaults", "POST")]
public class ApplyCollectionSettingsDefaults : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid CollectionGuid { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "query")]
    public Guid? ResellerGuid { get; set; }

    [ApiMember(DataType = "String[]", ParameterType = "query")]
    public List<string>? Names { get; set; }
}

[RequiredRole("SuperUser")]
[Route("/cache", "DELETE", Summary = "SuperUser only.")]
public class DeleteCache : IReturn<DeleteCacheResponse>
{
    /// <summary>Lower-case on the original's page and wire, kept so.</summary>
    [ApiMember(DataType = "String", ParameterType = "body",
        Description = "Note: Consider adding a '*' at the end of your pattern. Here are some examples for resetting setting values cache: urn:SettingKeys "
            + "urn:SettingValues:EnableTouchValidation urn:SettingValues:DefaultGuestPackage urn:ServiceSettingValues:e92c1bed-dc1e-4aa9-8653-46d1ddf91b1c "
            + "urn:CollectionSettingValues:eb6b6049-ef67-4f82-98cd-e613e25adee7")]
#pragma warning disable IDE1006 // the page names it in lower case
    public string? pattern { get; set; }
#pragma warning restore IDE1006
}

public class DeleteCacheResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }

    public int KeysDeleted { get; set; }
}

[Route("/resellers/{ResellerGuid}/settings/{Name}", "GET", Summary = "Retrieve a value of a specific reseller setting.",
    Notes = "Ours. The reseller's own value, else its partner's, else the key's default. The value is serialized. "
        + "SuperUsers can get any Reseller settings. Partners can get settings of their Resellers. Resellers can get their own settings.")]
public class GetResellerSetting : IReturn<ResellerSettingResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }
}

/// <summary>The setting itself with responseStatus declared here, so it serialises first as the original's setting responses do.</summary>
public class ResellerSettingResponse : ResellerSetting, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

public class ResellerSetting
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Group { get; set; }

    public string? Value { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid ResellerGuid { get; set; }
}

[Route("/resellers/{ResellerGuid}/settings/{Name}", "PUT", Summary = "Update setting value for selected reseller",
    Notes = "Ours. The value becomes the default of the reseller's collections and services that hold none of their own. The value is serialized. "
        + "SuperUsers can update any Reseller settings. Partners can update settings of their Resellers. Resellers can update their own settings.")]
public class UpdateResellerSetting : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid ResellerGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? Value { get; set; }
}

[Route("/partners/{PartnerGuid}/settings/{Name}", "GET", Summary = "Retrieve a value of a specific partner setting.",
    Notes = "Ours. The partner's own value, else the key's default. The value is serialized. "
        + "SuperUsers can get any Partner settings. Partners can get their own settings.")]
public class GetPartnerSetting : IReturn<PartnerSettingResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }
}

/// <summary>The setting itself with responseStatus declared here, so it serialises first as the original's setting responses do.</summary>
public class PartnerSettingResponse : PartnerSetting, IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}

public class PartnerSetting
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Group { get; set; }

    public string? Value { get; set; }

    [ApiMember(DataType = "Guid", ParameterType = "body")]
    public Guid PartnerGuid { get; set; }
}

[Route("/partners/{PartnerGuid}/settings/{Name}", "PUT", Summary = "Update setting value for selected partner",
    Notes = "Ours. The value becomes the default of the partner's resellers, collections and services that hold none of their own. The value is serialized. "
        + "SuperUsers can update any Partner settings. Partners can update their own settings.")]
public class UpdatePartnerSetting : IReturn<BaseResponse>
{
    [ApiMember(DataType = "Guid", IsRequired = true, ParameterType = "path")]
    public Guid PartnerGuid { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "path")]
    public string? Name { get; set; }

    [ApiMember(DataType = "String", IsRequired = true, ParameterType = "body")]
    public string? Value { get; set; }
}
