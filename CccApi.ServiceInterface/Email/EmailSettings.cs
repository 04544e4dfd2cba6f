using MailKit.Security;

namespace CccApi.ServiceInterface.Email;

/// <summary>The "Email" section: limits on what the API accepts for sending, and the SMTP server (Email:Smtp).</summary>
public sealed class EmailSettings
{
    public const string SectionName = "Email";

    /// <summary>
    /// Messages one service may queue per rolling hour (then 429), counted in the outbox so every host sees the
    /// same count: what bounds the mail a leaked or guessed sender domain can produce.
    /// </summary>
    public int MessagesPerServicePerHour { get; set; } = 500;

    public SmtpSettings Smtp { get; set; } = new();
}

/// <summary>
/// Where and how the outbox sender delivers. Without <see cref="Host"/> nothing is sent: messages stay queued and
/// the readiness probe says so. <see cref="Password"/> is never logged nor shown.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's choice of TLS: None, Auto, SslOnConnect, StartTls (required) or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Authenticates when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The name this host gives in EHLO; the machine's name when unset.</summary>
    public string? LocalDomain { get; set; }

    /// <summary>Tries before a message is parked with its last error.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further one, up to <see cref="MaxRetrySeconds"/>.</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    public int MaxRetrySeconds { get; set; } = 3600;

    /// <summary>How often each host looks for due messages.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>How long a claim holds a message; longer than a send can take, so no other host claims it meanwhile.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>MailKit's timeout per SMTP command.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Messages one host claims per poll.</summary>
    public int BatchSize { get; set; } = 20;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait before the next try after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var seconds = FirstRetrySeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetrySeconds));
    }
}
