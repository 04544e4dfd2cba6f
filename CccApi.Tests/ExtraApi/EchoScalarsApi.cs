using ServiceStackCompat;

namespace CccApi.Tests.ExtraApi;

// A test-only operation with one property of each type in ServiceStackCompat's scalar table (and an
// enum and a nullable), so that each is shown to bind, echo, and appear on the pages, in OpenAPI and
// in every language's native types.

[Route("/echo-scalars", "GET,POST")]
public class EchoScalars : IReturn<EchoScalarsResponse>
{
    public string? Text { get; set; }

    public bool Flag { get; set; }

    public int Number { get; set; }

    public long Big { get; set; }

    public short Small { get; set; }

    public byte Octet { get; set; }

    public sbyte SignedOctet { get; set; }

    public uint Unsigned { get; set; }

    public ulong BigUnsigned { get; set; }

    public ushort SmallUnsigned { get; set; }

    public float Ratio32 { get; set; }

    public double Ratio64 { get; set; }

    public decimal Amount { get; set; }

    public char Letter { get; set; }

    public Guid Key { get; set; }

    public DateTime Stamp { get; set; }

    public DateTimeOffset Moment { get; set; }

    public TimeSpan Span { get; set; }

    public EchoKind Kind { get; set; }

    public int? MaybeNumber { get; set; }
}

public class EchoScalarsResponse : IHasResponseStatus
{
    public EchoScalars? Received { get; set; }

    public ResponseStatus? ResponseStatus { get; set; }
}

public class EchoScalarsServices
{
    public EchoScalarsResponse Any(EchoScalars request) => new() { Received = request };
}
