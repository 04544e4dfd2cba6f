using System.Text.Json;
using System.Text.RegularExpressions;
using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Identity;

/// <summary>
/// An identity proxy's Pattern: which of a service's users it is for. "emailAddress" is a regular expression the whole
/// address must match (without regard to case); "usrGroupName" (the page's spelling; "userGroupName" is read as the
/// same) and "userGroupType" name the group the user must be in. Every condition given must hold; an empty pattern
/// matches everyone. Evaluated with a match timeout: a pattern that takes longer matches nobody.
/// </summary>
public sealed class IdPxPattern
{
    public const int MaxExpressionLength = 500;

    /// <summary>The longest one address match may run; past it the pattern is taken as not matching.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private const string EmailAddressKey = "emailAddress";
    private const string GroupNameKey = "usrGroupName";
    private const string GroupNameAlternativeKey = "userGroupName";
    private const string GroupTypeKey = "userGroupType";

    private readonly Regex? _emailAddress;

    private IdPxPattern(string? emailAddress, string? groupName, ServiceUserGroupType? groupType)
    {
        EmailAddress = emailAddress;
        GroupName = groupName;
        GroupType = groupType;
        _emailAddress = emailAddress is null ? null : Compile(emailAddress);
    }

    public static IdPxPattern Everyone { get; } = new(null, null, null);

    public string? EmailAddress { get; }

    public string? GroupName { get; }

    public ServiceUserGroupType? GroupType { get; }

    /// <summary>Whether the pattern needs to know the user's group, so it matches no one who is not a user yet.</summary>
    public bool NamesAGroup => GroupName is not null || GroupType is not null;

    /// <summary>Reads a stored (already validated) pattern.</summary>
    public static IdPxPattern FromStored(string? json) =>
        json is null ? Everyone : TryParse(json, out var pattern, out _) ? pattern! : throw new InvalidOperationException("A stored pattern does not parse.");

    /// <summary>Parses a request's Pattern; on failure <paramref name="error"/> says why, in words for the caller.</summary>
    public static bool TryParse(string json, out IdPxPattern? pattern, out string? error)
    {
        pattern = null;
        if (!IdPxDocument.TryReadObject(json, out var members, out error)) return false;
        string? emailAddress = null, groupName = null;
        ServiceUserGroupType? groupType = null;
        foreach (var (name, value) in members!)
        {
            switch (name)
            {
                case EmailAddressKey:
                    if (value.Length > MaxExpressionLength)
                        return Fail($"emailAddress must be at most {MaxExpressionLength} characters.", out error);
                    if (Compile(value) is null)
                        return Fail("emailAddress must be a valid regular expression.", out error);
                    emailAddress = value;
                    break;
                case GroupNameKey or GroupNameAlternativeKey:
                    if (groupName is not null) return Fail("usrGroupName is given twice.", out error);
                    groupName = value;
                    break;
                case GroupTypeKey:
                    if (!Enum.TryParse<ServiceUserGroupType>(value, out var type) || !Enum.IsDefined(type) || value != type.ToString())
                        return Fail("userGroupType must be Guest or Professional.", out error);
                    groupType = type;
                    break;
                default:
                    return Fail($"'{name}' is not a pattern condition: use emailAddress, usrGroupName or userGroupType.", out error);
            }
        }
        pattern = new IdPxPattern(emailAddress, groupName, groupType);
        return true;
    }

    /// <summary>The canonical JSON stored for the pattern (null for one with no condition).</summary>
    public string? ToJson()
    {
        var members = new List<(string, string)>();
        if (EmailAddress is not null) members.Add((EmailAddressKey, EmailAddress));
        if (GroupName is not null) members.Add((GroupNameKey, GroupName));
        if (GroupType is { } type) members.Add((GroupTypeKey, type.ToString()));
        return IdPxDocument.Write(members);
    }

    /// <summary>Whether a user with this address, in this group (null when not a user yet), is one the proxy is for.</summary>
    public bool Matches(string emailAddress, string? groupName, ServiceUserGroupType? groupType)
    {
        if (GroupName is not null && !string.Equals(GroupName, groupName, StringComparison.OrdinalIgnoreCase)) return false;
        if (GroupType is not null && GroupType != groupType) return false;
        if (_emailAddress is null) return true;
        try
        {
            return _emailAddress.IsMatch(emailAddress);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? Compile(string expression)
    {
        try
        {
            // Anchored: ".*@domain.com" must not match "x@domain.com.example".
            return new Regex($"^(?:{expression})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
