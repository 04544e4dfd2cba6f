using ServiceStackCompat;

namespace CccApi.Tests.ExtraApi;

// A test-only operation that echoes numbers, dates and an enum-keyed dictionary, so that the wire
// tests can pin how each is written in JSON, JSV and CSV.

[Route("/echo-values", "POST")]
public class EchoValues : IReturn<EchoValuesResponse>
{
    public decimal Amount { get; set; }

    public double Ratio { get; set; }

    public DateTime Stamp { get; set; }

    public DateTime? When { get; set; }

    public Dictionary<EchoKind, int>? CountByKind { get; set; }

    public string? Text { get; set; }
}

public class EchoValuesResponse
{
    public decimal Amount { get; set; }

    public double Ratio { get; set; }

    public DateTime Stamp { get; set; }

    public DateTime? When { get; set; }

    public Dictionary<EchoKind, int>? CountByKind { get; set; }

    public string? Text { get; set; }

    public ResponseStatus? ResponseStatus { get; set; }
}

public class EchoValuesServices
{
    public EchoValuesResponse Post(EchoValues request) => new()
    {
        Amount = request.Amount,
        Ratio = request.Ratio,
        Stamp = request.Stamp,
        When = request.When,
        CountByKind = request.CountByKind,
        Text = request.Text,
    };
}
