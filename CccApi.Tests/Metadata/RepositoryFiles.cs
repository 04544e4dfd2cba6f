using System.Runtime.CompilerServices;

namespace CccApi.Tests.Metadata;

/// <summary>Files the tests read from the repository, found from this source file; nothing outside the repository root.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>Recorded pages and exchanges the tests compare against (CccApi.Tests/Reference, see its README).</summary>
    public static string ReferenceDirectory => Path.Combine(Root, "CccApi.Tests", "Reference");

    /// <summary>The original host's metadata pages as text.</summary>
    public static string SeedsDirectory => Path.Combine(ReferenceDirectory, "seeds");

    /// <summary>What a ServiceStack 8.4 host serving the seed DTOs answered.</summary>
    public static string ServiceStackReferenceDirectory => Path.Combine(ReferenceDirectory, "servicestack-v8.4");

    /// <summary>The seed page whose operation heading (the line after "&lt;back to all web services") is <paramref name="operation"/>.</summary>
    public static string[] SeedPage(string operation)
    {
        foreach (var file in Directory.GetFiles(SeedsDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var heading = lines.SkipWhile(l => l.Trim() != "<back to all web services").Skip(1).FirstOrDefault(l => l.Trim().Length > 0);
            if (heading?.Trim() == operation) return lines;
        }
        throw new FileNotFoundException($"No seed page for {operation} in {SeedsDirectory}.");
    }

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        for (var directory = Path.GetDirectoryName(sourceFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "CccApi.sln"))) return directory;
        }
        throw new DirectoryNotFoundException($"No CccApi.sln above {sourceFile}.");
    }
}
