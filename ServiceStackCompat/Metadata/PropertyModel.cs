using System.Reflection;
using ServiceStackCompat;

namespace ServiceStackCompat.Metadata;

/// <summary>One public read/write property of a DTO, with compiled accessors and its documentation.</summary>
public sealed class PropertyModel
{
    internal PropertyModel(PropertyInfo info, ValueShape shape, Action<object, object?> setter, Func<object, object?> getter)
    {
        Info = info;
        Shape = shape;
        Set = setter;
        Get = getter;
        DefaultValue = info.PropertyType.IsValueType ? Activator.CreateInstance(info.PropertyType) : null;
        ApiMember = info.GetCustomAttribute<ApiMemberAttribute>();
        AllowableValues = info.GetCustomAttribute<ApiAllowableValuesAttribute>();
        IsSecret = info.Name.Contains("Password", StringComparison.OrdinalIgnoreCase)
            || info.Name.Contains("Secret", StringComparison.OrdinalIgnoreCase)
            || info.Name.Equals("ApiKey", StringComparison.OrdinalIgnoreCase)
            || info.IsDefined(typeof(SecretAttribute));
    }

    public PropertyInfo Info { get; }

    public string Name => Info.Name;

    public Type Type => Info.PropertyType;

    public ValueShape Shape { get; }

    public Action<object, object?> Set { get; }

    public Func<object, object?> Get { get; }

    /// <summary>The type's default (null, 0, Guid.Empty...), to tell an unset property from a set one.</summary>
    public object? DefaultValue { get; }

    public ApiMemberAttribute? ApiMember { get; }

    public ApiAllowableValuesAttribute? AllowableValues { get; }

    /// <summary>
    /// Secrets (by name, or marked <see cref="SecretAttribute"/>) are never echoed back in an error message.
    /// Decided once here: the binders ask for every property they read, and the attribute lookup is reflection.
    /// </summary>
    public bool IsSecret { get; }
}
