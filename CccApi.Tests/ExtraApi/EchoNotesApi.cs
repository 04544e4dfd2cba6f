using ServiceStackCompat;

namespace CccApi.Tests.ExtraApi;

// A test-only operation beside the echo API: a PUT with a verb marker, a nested list of DTOs, a
// dictionary, a nullable enum and no response body, so that the native-types generators meet each.

[Route("/echo-notes/{Id}", "PUT")]
public class PutEchoNotes : IReturnVoid, IPut
{
    public Guid Id { get; set; }

    public List<EchoChild> Notes { get; set; } = [];

    public Dictionary<string, string>? Tags { get; set; }

    public EchoKind? Kind { get; set; }
}

public class EchoNotesServices
{
    public void Put(PutEchoNotes request)
    {
    }
}
