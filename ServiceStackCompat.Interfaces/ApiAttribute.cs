namespace ServiceStackCompat;

/// <summary>Describes a request DTO for the metadata pages and API documents.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiAttribute(string? description = null) : Attribute
{
    public string? Description { get; set; } = description;
}
