using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CccApi.ServiceInterface.Email;

/// <summary>
/// One round of the sender: claims due messages, sends them over one SMTP connection and records each outcome.
/// A message is marked sent only after the server accepted it, so a host that dies in between sends it again
/// after its lease (at least once: SMTP cannot promise exactly once; the stable Message-Id lets receivers tell).
/// </summary>
public sealed partial class EmailDelivery(EmailOutbox outbox, IOptions<EmailSettings> options, ILogger<EmailDelivery> logger)
{
    private SmtpSettings Smtp => options.Value.Smtp;

    /// <returns>How many messages were claimed (sent or not).</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        if (!Smtp.IsConfigured) return 0;
        var claimed = await outbox.ClaimAsync(Smtp.BatchSize, TimeSpan.FromSeconds(Smtp.LeaseSeconds), ct);
        if (claimed.Count == 0) return 0;

        using var client = new SmtpClient { Timeout = Smtp.TimeoutSeconds * 1000 };
        if (!string.IsNullOrEmpty(Smtp.LocalDomain)) client.LocalDomain = Smtp.LocalDomain;
        try
        {
            await client.ConnectAsync(Smtp.Host!, Smtp.Port, Smtp.SecureSocketOptions, ct);
            if (!string.IsNullOrEmpty(Smtp.UserName)) await client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogConnectFailed(Smtp.Host!, Smtp.Port, ex.Message);
            foreach (var email in claimed) await RecordFailureAsync(email, ex, permanent: false, ct);
            return claimed.Count;
        }

        foreach (var email in claimed)
        {
            MimeMessage message;
            try
            {
                message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.ASCII.GetBytes(email.Mime)), ct);
            }
            catch (FormatException ex)
            {
                await RecordFailureAsync(email, ex, permanent: true, ct);
                continue;
            }
            try
            {
                await client.SendAsync(message, ct);
                await outbox.MarkSentAsync(email, CancellationToken.None);
                LogSent(email.MessageId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // A 5xx reply (a refused sender or recipient) will not change by trying again.
                var permanent = ex is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
                await RecordFailureAsync(email, ex, permanent, ct);
                if (!client.IsConnected) break;
            }
        }
        if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        return claimed.Count;
    }

    private async Task RecordFailureAsync(ClaimedEmail email, Exception exception, bool permanent, CancellationToken ct)
    {
        var error = $"{exception.GetType().Name}: {exception.Message}";
        var parked = permanent || email.Attempts >= Smtp.MaxAttempts;
        await outbox.MarkFailedAsync(email, error, parked ? null : Smtp.RetryDelay(email.Attempts), ct);
        if (parked) LogParked(email.MessageId, email.Attempts, error);
        else LogWillRetry(email.MessageId, email.Attempts, error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} sent.")]
    private partial void LogSent(string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email could not reach SMTP server {Host}:{Port}: {Error}")]
    private partial void LogConnectFailed(string host, int port, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} failed on try {Attempts}; it will be tried again: {Error}")]
    private partial void LogWillRetry(string messageId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {MessageId} parked after {Attempts} tries: {Error}")]
    private partial void LogParked(string messageId, int attempts, string error);
}
