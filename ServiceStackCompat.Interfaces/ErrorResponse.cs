using System.Runtime.Serialization;

namespace ServiceStackCompat;

/// <summary>The body of an error that happened before an operation's own response type applied.</summary>
[DataContract(Namespace = Namespaces.ServiceStackTypes)]
public class ErrorResponse : IHasResponseStatus
{
    [DataMember(Order = 1)]
    public ResponseStatus? ResponseStatus { get; set; }
}
