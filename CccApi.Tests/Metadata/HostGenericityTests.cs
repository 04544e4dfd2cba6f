using System.Text.RegularExpressions;
using CccApi.ServiceModel;

namespace CccApi.Tests.Metadata;

/// <summary>The host is generic: everything it serves about CCC comes from the DTO assembly's metadata.</summary>
public sealed partial class HostGenericityTests
{
    /// <summary>
    /// Every DTO and operation name of the wire-contract assembly (its annotations excepted: they are
    /// the framework's own contract). Names that are single English words (Service, Site, Ping...) are
    /// left out: ServiceStack's own wording ("Service Not Available") uses them.
    /// </summary>
    private static IReadOnlyList<string> CccTypeNames { get; } = typeof(BaseResponse).Assembly.GetExportedTypes()
        .Where(t => t.Namespace != typeof(ServiceModel.Annotations.IReturn).Namespace)
        .Select(t => t.Name.Split('`')[0])
        .Where(name => UpperCase().Count(name) > 1)
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    [Test]
    public void The_names_checked_include_the_seed_operations()
    {
        Assert.That(CccTypeNames, Is.SupersetOf(new[] { "CreateService", "CreateServiceSku", "ResellerCollectionAccess", "GetService", "BaseResponse", "ServiceStatus" }));
    }

    [Test]
    public void The_host_source_names_no_ccc_operation_or_dto()
    {
        var sources = Directory.GetFiles(RepositoryFiles.HostSourceDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.That(sources, Is.Not.Empty);

        var found = new List<string>();
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var name in CccTypeNames)
            {
                if (Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b"))
                    found.Add($"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {name}");
            }
        }
        Assert.That(found, Is.Empty);
    }

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();
}
