using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.NativeTypes;

/// <summary>Runs the compilers and generators these suites use, with an environment of their own.</summary>
internal static class NativeTypesTool
{
    /// <summary>No telemetry calls home from the ServiceStack CLI or the .NET SDK.</summary>
    private static readonly Dictionary<string, string> QuietEnvironment = new()
    {
        ["SERVICESTACK_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var merged = new Dictionary<string, string>(QuietEnvironment);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) merged[key] = value;
        var (exitCode, output, error) = await ExternalTool.RunAsync(fileName, arguments, workingDirectory, timeout, merged);
        return (exitCode, $"{output}\n{error}");
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
