namespace ServiceStackCompat;

/// <summary>
/// The property holds a credential whose name does not say so (as Password, Secret and ApiKey do): its value is never
/// echoed back in an error. Not part of any DTO's wire form or native types.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
