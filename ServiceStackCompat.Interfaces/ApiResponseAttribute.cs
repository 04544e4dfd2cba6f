namespace ServiceStackCompat;

/// <summary>Documents a status code an operation may answer with.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ApiResponseAttribute(int statusCode, string description) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Description { get; } = description;

    public Type? ResponseType { get; set; }
}
