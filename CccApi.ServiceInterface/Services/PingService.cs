using CccApi.ServiceModel;

namespace CccApi.ServiceInterface.Services;

public sealed class PingService(TimeProvider time)
{
    private static readonly string Version = typeof(PingService).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public PingResponse Get(Ping request) => new() { Timestamp = time.GetUtcNow().UtcDateTime, Version = Version };
}
