using CccApi.ServiceInterface.Email;
using Microsoft.Extensions.Options;

namespace CccApi.Host.Email;

/// <summary>
/// Delivers the outbox: every Email:Smtp:PollSeconds on a <see cref="PeriodicTimer"/> driven by the host's
/// <see cref="TimeProvider"/>, rounds of <see cref="EmailDelivery"/> until no due message is left. Every host runs
/// it; the claim in the database keeps two hosts from sending one message at once. Without Email:Smtp:Host it
/// does nothing (messages stay queued; readiness reports Degraded). Requests never wait for it.
/// </summary>
internal sealed partial class EmailOutboxWorker(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<EmailSettings> settings, ILogger<EmailOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var smtp = settings.Value.Smtp;
        if (!smtp.IsConfigured)
        {
            LogNotConfigured();
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(smtp.PollSeconds), time);
        try
        {
            do
            {
                await RunAsync(smtp.BatchSize, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; a message claimed and not yet recorded is sent again after its lease.
        }
    }

    private async Task RunAsync(int batchSize, CancellationToken ct)
    {
        try
        {
            int claimed;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<EmailDelivery>().RunOnceAsync(ct);
            }
            while (claimed == batchSize);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email:Smtp:Host is not set: email stays queued in the outbox.")]
    private partial void LogNotConfigured();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email delivery round failed; the next poll tries again.")]
    private partial void LogFailed(Exception exception);
}
