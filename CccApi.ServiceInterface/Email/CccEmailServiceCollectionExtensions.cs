using CccApi.ServiceInterface.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccApi.ServiceInterface.Email;

public static class CccEmailServiceCollectionExtensions
{
    /// <summary>The outbox, its sender's round and the "Email" settings (Email:Smtp:* for the server).</summary>
    public static IServiceCollection AddCccEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailSettings>().Bind(configuration.GetSection(EmailSettings.SectionName))
            .Validate(s => s.MessagesPerServicePerHour >= 1, "Email:MessagesPerServicePerHour must be at least 1.")
            .Validate(s => s.Smtp.Port is > 0 and <= 65535, "Email:Smtp:Port must be 1 to 65535.")
            .Validate(s => s.Smtp.MaxAttempts >= 1 && s.Smtp.BatchSize >= 1 && s.Smtp.PollSeconds >= 1,
                "Email:Smtp:MaxAttempts, BatchSize and PollSeconds must be at least 1.")
            .Validate(s => s.Smtp.FirstRetrySeconds >= 1 && s.Smtp.MaxRetrySeconds >= s.Smtp.FirstRetrySeconds,
                "Email:Smtp:FirstRetrySeconds must be at least 1 and MaxRetrySeconds at least as long.")
            .Validate(s => s.Smtp.TimeoutSeconds >= 1 && s.Smtp.LeaseSeconds > 2 * s.Smtp.TimeoutSeconds,
                "Email:Smtp:LeaseSeconds must exceed twice TimeoutSeconds, so a claim outlives a slow send.")
            .ValidateOnStart();
        services.TryAddScoped<EmailOutbox>();
        services.TryAddScoped<EmailDelivery>();
        services.TryAddScoped<EmailSenderDomains>();
        services.TryAddScoped<ServiceEmailQuota>();
        services.AddOptions<ServiceUserSettings>().Bind(configuration.GetSection(ServiceUserSettings.SectionName))
            .Validate(s => s.ActivationTokenHours >= 1, "ServiceUsers:ActivationTokenHours must be at least 1.")
            .Validate(s => System.Text.RegularExpressions.Regex.IsMatch(s.SenderLocalPart, "^[a-z0-9][a-z0-9._-]{0,63}$"),
                "ServiceUsers:SenderLocalPart must be a plain local part such as no-reply.")
            .ValidateOnStart();
        services.TryAddScoped<ActivationMessages>();
        return services;
    }
}
