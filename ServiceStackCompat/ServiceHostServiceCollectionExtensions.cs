using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceStackCompat.Auth;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Errors;
using ServiceStackCompat.Formats;
using ServiceStackCompat.Formats.Views;
using ServiceStackCompat.Formats.Wire;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.OpenApi;
using ServiceStackCompat.Pipeline;
using ServiceStackCompat.RateLimiting;
using ServiceStackCompat.Routing;
using ServiceStackCompat.Validation;

namespace ServiceStackCompat;

public static class ServiceHostServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ServiceStack-compatible host for the DTOs, services and validators found in
    /// <paramref name="assemblies"/>: the metadata model is built here, once.
    /// </summary>
    public static IServiceCollection AddServiceStackHost(this IServiceCollection services, IConfiguration configuration, params Assembly[] assemblies)
    {
        _ = WireJson.Options; // the wire's serializer settings and converters, built once at start-up
        services.AddOptions<ServiceHostOptions>().Bind(configuration.GetSection(ServiceHostOptions.SectionName));

        assemblies = [.. assemblies, .. AdditionalAssemblies(configuration)];
        var metadata = ServiceMetadataBuilder.Build(assemblies);
        services.AddSingleton(metadata);
        services.AddSingleton<RouteTable>();
        services.AddSingleton(FormatRegistry.CreateDefault());
        // The application's views of its response types (AddHtmlView, AddCsvRows), checked when the dispatcher is built.
        services.AddSingleton<ResponseViews>();
        services.AddSingleton<RequestResolver>();
        services.AddSingleton<ResponseNegotiator>();
        services.AddSingleton<RequestBinder>();
        services.AddSingleton<ExceptionMapper>();
        services.AddSingleton<RequestAuthenticator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RequestRateLimiter>();
        services.AddSingleton<RequestDispatcher>();
        services.AddSingleton<ValidationLimits>();
        // The API documents advertise the credential the handler reads, so Swagger UI can send it.
        services.AddSingleton(new OpenApiSecurityScheme("Bearer", "Authorization", "header",
            "An API key, sent as 'Bearer <key>'."));
        // The app metadata lists the same credential among the ways to authenticate (ServiceStack's API key provider).
        services.AddSingleton(new AppMetadata.AuthProviderInfo("apikey", "Bearer", "API Key"));

        foreach (var serviceType in metadata.ServiceTypes)
            services.AddScoped(serviceType);
        // A validator builds its rules (expressions, delegates) in its constructor and is thread-safe once
        // built, so one whose dependencies are all singletons (options, the clock, or none) is built once: building
        // a batch validator's rules per request cost about 2 MB of reflection a request. One that takes any other
        // service (a DbContext, the caller; or one registered after this call) gets it per request.
        foreach (var (serviceType, implementation) in ServiceMetadataBuilder.FindValidators(assemblies))
        {
            if (implementation.GetConstructors().All(constructor => constructor.GetParameters().All(p => IsSingleton(services, p.ParameterType))))
                services.AddSingleton(serviceType, implementation);
            else
                services.AddScoped(serviceType, implementation);
        }
        return services;
    }

    /// <summary>Whether <paramref name="type"/> resolves to one instance for the container's life, as registered so far.</summary>
    private static bool IsSingleton(IServiceCollection services, Type type) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IOptions<>) || definition == typeof(IOptionsMonitor<>)))
        || services.LastOrDefault(descriptor => descriptor.ServiceType == type) is { Lifetime: ServiceLifetime.Singleton };

    /// <summary>Extra DTO and service assemblies named in configuration, loaded without changing the host.</summary>
    private static IEnumerable<Assembly> AdditionalAssemblies(IConfiguration configuration) =>
        (configuration.GetSection($"{ServiceHostOptions.SectionName}:{nameof(ServiceHostOptions.AdditionalAssemblies)}").Get<string[]>() ?? [])
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => Assembly.Load(new AssemblyName(name)));
}
