namespace ServiceStackCompat;

/// <summary>Lists the values a property accepts, for the documents and for validation.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ApiAllowableValuesAttribute : Attribute
{
    public ApiAllowableValuesAttribute(params string[] values)
    {
        Type = "LIST";
        Values = values;
    }

    public ApiAllowableValuesAttribute(Type enumType) : this(Enum.GetNames(enumType)) { }

    public string? Name { get; set; }

    /// <summary>"LIST" or "RANGE".</summary>
    public string Type { get; set; }

    public string[] Values { get; set; }

    public int? Min { get; set; }

    public int? Max { get; set; }
}
