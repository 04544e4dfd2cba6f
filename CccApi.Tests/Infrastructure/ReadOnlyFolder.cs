using System.Runtime.Versioning;

namespace CccApi.Tests.Infrastructure;

/// <summary>
/// A temporary folder that can be made read-only for everyone, root included: mode 555 stops other users,
/// and since root ignores modes, also the immutable attribute (chattr +i, which root may set on ext4, XFS and
/// Btrfs). Given back writable and deleted on dispose.
/// </summary>
public sealed class ReadOnlyFolder : IAsyncDisposable
{
    private const UnixFileMode ReadAndEnter = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
        | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private bool _immutable;

    private ReadOnlyFolder(string path) => Path = path;

    public string Path { get; }

    public static ReadOnlyFolder Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cccapi-tests", "read-only-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new ReadOnlyFolder(path);
    }

    /// <summary>Makes the folder read-only; the test is skipped, saying why, when nothing here can stop this process writing in it.</summary>
    public async Task MakeReadOnlyAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Folder modes and chattr are Unix's.");
            return;
        }
        SetMode(ReadAndEnter);
        if (!CanCreateFiles()) return;

        // Root: modes do not apply.
        var chattr = ExternalTool.Find("chattr");
        if (chattr is not null)
        {
            var (exitCode, _, error) = await ExternalTool.RunAsync(chattr, ["+i", Path], AppContext.BaseDirectory, TimeSpan.FromSeconds(30));
            _immutable = exitCode == 0;
            if (_immutable && !CanCreateFiles()) return;
            if (!_immutable) TestContext.Out.WriteLine($"chattr +i {Path}: {error}");
        }
        Assert.Ignore($"This process writes in a folder of mode 555 (it runs as root) and chattr +i {(chattr is null ? "is not installed" : "did not stop it")} on this file system.");
    }

    [UnsupportedOSPlatform("windows")]
    private void SetMode(UnixFileMode mode) => File.SetUnixFileMode(Path, mode);

    private bool CanCreateFiles()
    {
        var probe = System.IO.Path.Combine(Path, "probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_immutable)
            await ExternalTool.RunAsync(ExternalTool.Find("chattr")!, ["-i", Path], AppContext.BaseDirectory, TimeSpan.FromSeconds(30));
        if (!OperatingSystem.IsWindows()) SetMode(ReadAndEnter | UnixFileMode.UserWrite);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
