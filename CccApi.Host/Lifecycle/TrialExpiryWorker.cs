using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Rules;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Lifecycle;

/// <summary>
/// Runs <see cref="TrialExpiry"/> when the host starts and then every Lifecycle:TrialCheckSeconds on a
/// <see cref="PeriodicTimer"/> driven by the host's <see cref="TimeProvider"/> (tests move a fake one on). Every
/// host runs it; the statement itself keeps them from changing or recording a service twice. A failed run (the
/// database away) is logged and the next tick tries again.
/// </summary>
internal sealed partial class TrialExpiryWorker(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<LifecycleSettings> settings, ILogger<TrialExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.Value.TrialCheckSeconds), time);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var ended = await scope.ServiceProvider.GetRequiredService<TrialExpiry>().RunAsync(ct);
            if (ended > 0) LogEnded(ended);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trial expiry: {Count} trial(s) ended.")]
    private partial void LogEnded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trial expiry failed; the next check tries again.")]
    private partial void LogFailed(Exception exception);
}
