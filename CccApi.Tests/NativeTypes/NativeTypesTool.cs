using System.Diagnostics;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>Runs the compilers and generators these suites use, with an environment of their own.</summary>
internal static class NativeTypesTool
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No telemetry calls home from the ServiceStack CLI or the .NET SDK.
        start.Environment["SERVICESTACK_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout}.\n{await output}\n{await error}");
        }
        return (process.ExitCode, $"{await output}\n{await error}");
    }

    /// <summary>A fresh folder for generated sources, removed by the caller.</summary>
    public static string CreateTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cccapi-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteDirectory(string? path)
    {
        if (path is not null && Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    public static string Stubs(string fileName) => ExternalTool.SourceDirectory(Path.Combine("NativeTypes", "Stubs", fileName));
}
