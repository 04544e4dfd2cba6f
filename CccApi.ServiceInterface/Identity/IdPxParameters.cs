using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Validation;

namespace CccApi.ServiceInterface.Identity;

/// <summary>
/// An identity proxy's Parameters: what a user it signs in for the first time is created with. "language" is one of
/// the service users' languages; "userGroupType" is Guest or Professional (the default group of that type).
/// </summary>
public sealed class IdPxParameters
{
    private const string LanguageKey = "language";
    private const string GroupTypeKey = "userGroupType";

    private IdPxParameters(string? language, ServiceUserGroupType? groupType)
    {
        Language = language;
        GroupType = groupType;
    }

    public string? Language { get; }

    public ServiceUserGroupType? GroupType { get; }

    /// <summary>The parameters an identity proxy accepts and their values, as a JSON document (GetIdProvider's Parameters).</summary>
    public static string Accepted { get; } = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string[]>
    {
        [LanguageKey] = ServiceUserFieldRules.Languages,
        [GroupTypeKey] = [nameof(ServiceUserGroupType.Guest), nameof(ServiceUserGroupType.Professional)],
    });

    public static bool TryParse(string json, out IdPxParameters? parameters, out string? error)
    {
        parameters = null;
        if (!IdPxDocument.TryReadObject(json, out var members, out error)) return false;
        string? language = null;
        ServiceUserGroupType? groupType = null;
        foreach (var (name, value) in members!)
        {
            switch (name)
            {
                case LanguageKey when ServiceUserFieldRules.Languages.Contains(value):
                    language = value;
                    break;
                case LanguageKey:
                    error = $"language must be one of {string.Join(", ", ServiceUserFieldRules.Languages)}.";
                    return false;
                case GroupTypeKey when Enum.TryParse<ServiceUserGroupType>(value, out var type) && Enum.IsDefined(type) && value == type.ToString():
                    groupType = type;
                    break;
                case GroupTypeKey:
                    error = "userGroupType must be Guest or Professional.";
                    return false;
                default:
                    error = $"'{name}' is not a parameter: use language or userGroupType.";
                    return false;
            }
        }
        parameters = new IdPxParameters(language, groupType);
        return true;
    }

    /// <summary>The canonical JSON stored for the parameters (null when none is given).</summary>
    public string? ToJson()
    {
        var members = new List<(string, string)>();
        if (Language is not null) members.Add((LanguageKey, Language));
        if (GroupType is { } type) members.Add((GroupTypeKey, type.ToString()));
        return IdPxDocument.Write(members);
    }
}
