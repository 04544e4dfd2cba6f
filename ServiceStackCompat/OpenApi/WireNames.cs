using ServiceStackCompat.Formats.Wire;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.OpenApi;

/// <summary>The names the documents use: JSON property names as the API writes them, and definition names.</summary>
internal static class WireNames
{
    /// <summary>The property's JSON name, by the same camelCase rule the wire uses (<see cref="WireNaming"/>).</summary>
    public static string Property(PropertyModel property) => WireNaming.ToCamelCase(property.Name);

    /// <summary>
    /// A definition's name: the type's name, and for a generic type its arguments between underscores
    /// as ServiceStack names them (<c>Dictionary_String_String_</c>), which is a legal component key.
    /// </summary>
    public static string Definition(Type type)
    {
        if (!type.IsGenericType) return type.Name;
        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "_" + string.Join("_", type.GetGenericArguments().Select(Definition)) + "_";
    }
}
