using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        return services;
    }
}
