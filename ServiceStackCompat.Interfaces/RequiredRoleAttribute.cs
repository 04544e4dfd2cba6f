namespace ServiceStackCompat;

/// <summary>
/// As ServiceStack's: only a caller holding one of the roles may call the operation; checked by the
/// host before the request is bound or validated (403 otherwise).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiredRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
