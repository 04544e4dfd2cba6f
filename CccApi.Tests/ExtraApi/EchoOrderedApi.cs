using System.Runtime.Serialization;
using ServiceStackCompat;

namespace CccApi.Tests.ExtraApi;

// A test-only operation whose request is a DataContract with every kind of member order: members
// without an Order, Orders out of declaration order, two members with one Order, and a renamed member.
// The DataContract serializer reads them as Alpha, Zulu, Yankee (1), Able (2), Bravo (2), renamed (3).

[Route("/echo-ordered", "POST")]
[DataContract]
public class EchoOrdered : IReturn<EchoOrderedResponse>
{
    [DataMember]
    public string? Zulu { get; set; }

    [DataMember]
    public string? Alpha { get; set; }

    [DataMember(Order = 2)]
    public string? Bravo { get; set; }

    [DataMember(Order = 1)]
    public string? Yankee { get; set; }

    [DataMember(Order = 2)]
    public string? Able { get; set; }

    [DataMember(Name = "renamed", Order = 3)]
    public string? Named { get; set; }
}

public class EchoOrderedResponse
{
    public EchoOrdered? Received { get; set; }

    public ResponseStatus? ResponseStatus { get; set; }
}

public class EchoOrderedServices
{
    public EchoOrderedResponse Post(EchoOrdered request) => new() { Received = request };
}
