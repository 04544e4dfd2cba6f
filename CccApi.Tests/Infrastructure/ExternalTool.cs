using System.Diagnostics;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// Programs some suites need (node, npm, chromium). Missing one skips the suite, except under
/// CI=true, where a skip is a failure.
/// </summary>
public static class ExternalTool
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find(string name, params string[] alternatives)
    {
        foreach (var candidate in alternatives.Prepend(name))
        {
            if (Path.IsPathRooted(candidate) && File.Exists(candidate)) return candidate;
            var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, candidate)).FirstOrDefault(File.Exists);
            if (path is not null) return path;
        }
        return null;
    }

    /// <summary>The program's path, or the suite is skipped (failed under CI).</summary>
    public static string Require(string name, params string[] alternatives)
    {
        var path = Find(name, alternatives);
        if (path is not null) return path;
        var message = $"'{name}' is not installed; this suite needs it.";
        if (IsCi) Assert.Fail(message + " Under CI=true a skipped suite is a failure.");
        Assert.Ignore(message);
        return "";
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
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
            throw new TimeoutException($"{Path.GetFileName(fileName)} did not finish within {timeout}. Output so far: {await output}{await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The test project's source folder (where package.json files live), found from the test binaries.</summary>
    public static string SourceDirectory(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CccApi.Tests.csproj")))
            directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("CccApi.Tests source folder not found."), relative);
    }
}
