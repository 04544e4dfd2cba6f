using ServiceStackCompat;

namespace CccApi.ServiceModel;

[AllowAnonymous]
[Route("/ping", "GET", Summary = "Pings the CCC service and returns the current UTC time and CCC Version.")]
public class Ping : IReturn<PingResponse>;

public class PingResponse : BaseResponse
{
    [ApiMember(DataType = "DateTime", ParameterType = "body")]
    public DateTime Timestamp { get; set; }

    public string? Version { get; set; }
}
