using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceStackCompat;

namespace CccApi.ServiceInterface.Auth;

public static class CccAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Admin users, their sessions and API keys, and the credential resolver the host calls. The host
    /// registers the <see cref="ICallerContext"/>, since it knows where a request's caller is.
    /// </summary>
    public static IServiceCollection AddCccAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthenticationSettings>(configuration.GetSection(AuthenticationSettings.SectionName));
        services.AddSingleton(BootstrapSuperUser.From(configuration));
        services.TryAddSingleton<ICredentialResolver, CredentialResolver>();
        services.TryAddSingleton<PasswordCheckLimiter>();
        services.TryAddSingleton<IPasswordHasher<AdminUser>, LimitedPasswordHasher<AdminUser>>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddScoped<AdminAccounts>();
        services.TryAddSingleton<SuperUserBootstrap>();
        services.AddMsgApiSessions(configuration);
        return services;
    }

    /// <summary>
    /// AuthenticateServiceAdminUser's settings and the named client for the messaging platform's session check: no
    /// redirects, no proxy (through one the connect callback would judge the proxy's address, not the platform's), no
    /// cookies, the settings' timeout, and a connect callback that applies <see cref="OutboundAddresses"/>.
    /// </summary>
    private static void AddMsgApiSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceAdminAuthenticationSettings>().Bind(configuration.GetSection(ServiceAdminAuthenticationSettings.SectionName))
            .Validate(s => s.TimeoutSeconds is >= 0.1 and <= 60, "ServiceAdminAuthentication:TimeoutSeconds must be 0.1 to 60.")
            .Validate(s => s.RememberMeDays is >= 1 and <= 365, "ServiceAdminAuthentication:RememberMeDays must be 1 to 365.")
            .ValidateOnStart();
        services.AddHttpClient(MsgApiSessions.ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = Settings(provider).Timeout;
                client.MaxResponseContentBufferSize = MsgApiSessions.MaxAnswerBytes;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = OutboundAddresses.ConnectCallback(() => Settings(provider).AllowPrivateNetworkTargets),
            });
        services.TryAddSingleton<MsgApiSessions>();
    }

    private static ServiceAdminAuthenticationSettings Settings(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ServiceAdminAuthenticationSettings>>().Value;
}
