using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>
/// Which properties go on the wire, by ServiceStack's rules: [IgnoreDataMember] ones never; on a
/// [DataContract] type only its [DataMember]s, in their Order, under their Name when one is given
/// (verbatim, not camelCased). A DateTime property holding DateTime.MinValue (an unset date) is left
/// out, as ServiceStack leaves it out; a nullable one is written. Applied once per type when
/// System.Text.Json builds its metadata.
/// </summary>
public static class WireContract
{
    /// <summary>The rules of responses and requests: an unset date left out.</summary>
    public static void Apply(JsonTypeInfo info) => Apply(info, leaveOutUnsetDates: true);

    /// <summary>
    /// The same members for the metadata pages' samples, an unset date written too: ServiceStack's pages
    /// show a DateTime member as <c>0001-01-01T00:00:00Z</c>, where its responses leave it out.
    /// </summary>
    public static void ApplyWritingUnsetDates(JsonTypeInfo info) => Apply(info, leaveOutUnsetDates: false);

    private static void Apply(JsonTypeInfo info, bool leaveOutUnsetDates)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var isContract = info.Type.GetCustomAttribute<DataContractAttribute>() is not null;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.AttributeProvider is not PropertyInfo clr) continue;
            if (leaveOutUnsetDates && property.PropertyType == typeof(DateTime))
                property.ShouldSerialize = static (_, value) => (DateTime)value! != DateTime.MinValue;
            var member = clr.GetCustomAttribute<DataMemberAttribute>();
            if (clr.IsDefined(typeof(IgnoreDataMemberAttribute)) || (isContract && member is null))
            {
                info.Properties.RemoveAt(i);
                continue;
            }
            if (!isContract || member is null) continue;
            if (member.Name is not null) property.Name = member.Name;
            property.Order = member.Order;
        }
    }

    /// <summary>The CLR name of a property, or its [DataMember] name: the column headers of CSV.</summary>
    public static string ClrName(JsonPropertyInfo property) =>
        property.AttributeProvider is PropertyInfo clr
            ? clr.GetCustomAttribute<DataMemberAttribute>()?.Name ?? clr.Name
            : property.Name;

    /// <summary>The position of a property among its type's public properties: CSV keeps declaration order, not [DataMember] order.</summary>
    public static int DeclarationIndex(Type type, JsonPropertyInfo property) =>
        property.AttributeProvider is PropertyInfo clr
            ? Array.FindIndex(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.Name == clr.Name)
            : int.MaxValue;
}
