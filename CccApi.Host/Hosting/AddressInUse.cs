using Microsoft.AspNetCore.Connections;

namespace CccApi.Host.Hosting;

/// <summary>
/// A listening address that another process holds: an expected start-up failure, told in one line
/// that names the address and the setting that changes it, with a non-zero exit code and no stack trace.
/// </summary>
internal static class AddressInUse
{
    public const int ExitCode = 1;

    public static bool IsCause(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
            if (current is AddressInUseException) return true;
        return false;
    }

    /// <summary>Serves until the host stops; an address in use is reported on <paramref name="error"/> instead of thrown.</summary>
    public static async Task<int> RunReportingAddressInUseAsync(this WebApplication app, TextWriter error)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException ex) when (IsCause(ex))
        {
            // Kestrel's message names the address: "Failed to bind to address http://127.0.0.1:5000: address already in use."
            await error.WriteLineAsync($"{ex.Message} Listen elsewhere with --urls http://127.0.0.1:<port> (the Urls setting).");
            return ExitCode;
        }
    }

    /// <summary>
    /// Keeps the host's own "Hosting failed to start" entry, with its stack trace, out of the logs when
    /// the cause is an address in use, since <see cref="RunReportingAddressInUseAsync"/> reports it.
    /// The logger factory is wrapped (not the providers), so every provider and filter rule is as configured.
    /// </summary>
    public static ILoggingBuilder ReportAddressInUseOnce(this ILoggingBuilder logging)
    {
        var factory = logging.Services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        logging.Services.Remove(factory);
        logging.Services.AddSingleton<ILoggerFactory>(services => new AddressInUseFilteringLoggerFactory((ILoggerFactory)(
            factory.ImplementationInstance
            ?? factory.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, factory.ImplementationType!))));
        return logging;
    }
}
