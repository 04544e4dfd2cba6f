using System.Reflection;
using System.Runtime.Serialization;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Metadata;

/// <summary>
/// The members of a metadata model type that travel on the wire, by DataContract rules: never an
/// [IgnoreDataMember] one, and on a [DataContract] type only its [DataMember]s, under their Name when given.
/// </summary>
public static class WireMembers
{
    public static IEnumerable<(string Name, PropertyModel Property)> Of(TypeModel model)
    {
        var isContract = model.Type.IsDefined(typeof(DataContractAttribute));
        foreach (var property in model.Properties)
        {
            if (property.Info.IsDefined(typeof(IgnoreDataMemberAttribute))) continue;
            var member = property.Info.GetCustomAttribute<DataMemberAttribute>();
            if (isContract && member is null) continue;
            yield return ((isContract ? member!.Name : null) ?? property.Name, property);
        }
    }
}
