namespace ServiceStackCompat;

/// <summary>Documents one property of a DTO: how it is sent, its type name and whether it is required.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true)]
public sealed class ApiMemberAttribute : Attribute
{
    public string? Name { get; set; }

    /// <summary>The type name shown to callers, e.g. "String" or "Guid".</summary>
    public string? DataType { get; set; }

    /// <summary>"path", "query", "body", "form" or "header".</summary>
    public string? ParameterType { get; set; }

    public string? Description { get; set; }

    public bool IsRequired { get; set; }

    public string? Verb { get; set; }

    public string? Route { get; set; }

    public bool ExcludeInSchema { get; set; }
}
