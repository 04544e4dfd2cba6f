using FluentValidation;
using ServiceStackCompat;

namespace CccApi.Tests.ExtraApi;

// A test-only API, loaded through ServiceHost:AdditionalAssemblies, that echoes what the host bound
// so that routing and binding rules can be observed exactly.

public enum EchoKind
{
    First,
    Second,
}

public class EchoChild
{
    public string? Label { get; set; }

    public int Size { get; set; }
}

[Route("/echo/{Id}", "GET,POST,PUT")]
[Route("/echo/{Id}/items/{Item}", "GET")]
public class Echo : IReturn<EchoResponse>
{
    public Guid Id { get; set; }

    public string? Item { get; set; }

    public string? Name { get; set; }

    public int Count { get; set; }

    public decimal Amount { get; set; }

    public DateTime? When { get; set; }

    public bool? Flag { get; set; }

    public EchoKind Kind { get; set; }

    public List<int>? Numbers { get; set; }

    public EchoChild? Child { get; set; }

    public string? Password { get; set; }
}

public class EchoResponse : IHasResponseStatus
{
    public Echo? Received { get; set; }

    public string? Matched { get; set; }

    public ResponseStatus? ResponseStatus { get; set; }
}

[Route("/echo/literal", "GET")]
public class EchoLiteral : IReturn<EchoResponse>;

[Route("/echo/{Id}/wild/{Rest*}", "GET")]
public class EchoWildcard : IReturn<EchoResponse>
{
    public Guid Id { get; set; }

    public string? Rest { get; set; }
}

[Route("/failures/{Kind}", "POST")]
public class Fail : IReturn<EchoResponse>
{
    public string? Kind { get; set; }
}

public class EchoServices
{
    public EchoResponse Any(Echo request) => new() { Received = request, Matched = "variable" };

    public EchoResponse Get(EchoLiteral request) => new() { Matched = "literal" };

    public async Task<EchoResponse> Get(EchoWildcard request)
    {
        await Task.Yield();
        return new() { Matched = request.Rest };
    }

    public EchoResponse Post(Fail request) => request.Kind switch
    {
        "argument" => throw new ArgumentException("Count must be even", "Count"),
        "notimplemented" => throw new NotImplementedException("Not here"),
        "unauthorized" => throw new UnauthorizedAccessException("Not yours"),
        _ => throw new InvalidOperationException("Secret internal detail CccApi.Internal.Thing"),
    };
}

public class EchoValidator : AbstractValidator<Echo>
{
    public EchoValidator()
    {
        RuleFor(x => x.Name).MaximumLength(5);
        RuleFor(x => x.Password).MinimumLength(8).When(x => x.Password is not null);
        RuleFor(x => x.Child!.Label).NotEmpty().When(x => x.Child is not null);
    }
}
