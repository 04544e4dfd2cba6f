using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using System.Xml.Linq;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats;

/// <summary>
/// The DataContract serializer reads a type's elements only in its own order and silently skips one
/// that comes late: <c>&lt;Name/&gt;&lt;AdminUserGuid/&gt;</c> loses AdminUserGuid. That order is the
/// base type's members first, then each type's: on a [DataContract] its [DataMember]s (under their Name)
/// without an Order in ordinal order of their names, then those with one by Order, ties by name; on
/// another type its properties by name, none marked [IgnoreDataMember]. Requests are put in that order
/// first, at every level, so no member a caller sent is dropped (ServiceStack's XmlServiceClient sends
/// its DTOs' declared order, any other caller may not); unknown elements are left for the serializer to
/// skip, as unknown JSON members are.
/// </summary>
internal static class XmlElementOrder
{
    private static readonly ConcurrentDictionary<Type, TypeOrder?> Orders = new();

    public static void Normalize(XElement element, Type type)
    {
        if (OrderOf(type) is not { } order) return;
        if (order.ItemType is { } itemType)
        {
            foreach (var item in element.Elements()) Normalize(item, itemType);
            return;
        }
        var children = element.Elements().ToList();
        if (children.Count == 0) return;
        foreach (var child in children)
            if (order.Members.TryGetValue(child.Name.LocalName, out var member)) Normalize(child, member.Type);
        var sorted = children.OrderBy(c => order.Members.TryGetValue(c.Name.LocalName, out var m) ? m.Position : int.MaxValue).ToList();
        if (!sorted.SequenceEqual(children))
            element.ReplaceNodes(sorted);
    }

    private static TypeOrder? OrderOf(Type type) => Orders.GetOrAdd(type, Build);

    /// <summary>Null for a type whose XML has no child elements to order (scalars, strings, dictionaries).</summary>
    private static TypeOrder? Build(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ScalarTypes.IsScalar(type) || typeof(IDictionary).IsAssignableFrom(type))
            return null;
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var itemType = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            return itemType is null ? null : new TypeOrder(new Dictionary<string, Member>(), itemType);
        }
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        var chain = new Stack<Type>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType) chain.Push(current);
        foreach (var declaring in chain)
        {
            foreach (var (name, propertyType) in DeclaredMembers(declaring))
                members.TryAdd(name, new Member(members.Count, propertyType));
        }
        return new TypeOrder(members, null);
    }

    /// <summary>The members <paramref name="declaring"/> itself declares, as its element names, in the serializer's order.</summary>
    private static IEnumerable<(string Name, Type Type)> DeclaredMembers(Type declaring)
    {
        var isContract = declaring.IsDefined(typeof(DataContractAttribute), inherit: false);
        return declaring.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(IgnoreDataMemberAttribute)))
            .Select(p => (Property: p, Contract: isContract ? p.GetCustomAttribute<DataMemberAttribute>() : null))
            .Where(m => !isContract || m.Contract is not null)
            .Select(m => (Name: m.Contract?.Name ?? m.Property.Name, Order: m.Contract?.Order ?? -1, m.Property.PropertyType))
            .OrderBy(m => m.Order) // an unset Order is -1: those members come first
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (m.Name, m.PropertyType));
    }

    private sealed record Member(int Position, Type Type);

    private sealed record TypeOrder(IReadOnlyDictionary<string, Member> Members, Type? ItemType);
}
