using CccApi.Tests.Metadata;

namespace CccApi.Tests.Formats;

/// <summary>ServiceStack.Text may not be used (vendor terms, AGPL source): no project file may bring it back.</summary>
public sealed class NoServiceStackTextTests
{
    [Test]
    public void No_project_file_references_ServiceStack_Text()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                || Path.GetFileName(f) is "Directory.Packages.props" or "Directory.Build.props")
            .ToList();

        Assert.That(files, Has.Some.EndsWith("CccApi.Host.csproj"));
        Assert.That(files, Has.Some.EndsWith("Baseline.csproj"));
        Assert.That(files.Where(f => File.ReadAllText(f).Contains("ServiceStack.Text", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }
}
