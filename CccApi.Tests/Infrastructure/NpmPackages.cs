namespace CccApi.Tests.Infrastructure;

/// <summary>Installs a test folder's npm packages from its lock file when they are missing.</summary>
public static class NpmPackages
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync(string directory)
    {
        await Gate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(directory, "node_modules"))) return;
            var npm = ExternalTool.Require("npm");
            var (exitCode, output, error) = await ExternalTool.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, TimeSpan.FromMinutes(5));
            if (exitCode != 0) Assert.Fail($"npm ci failed in {directory}:\n{output}\n{error}");
        }
        finally
        {
            Gate.Release();
        }
    }
}
