using ServiceStackCompat;
using ServiceStackCompat.Pipeline;

namespace CccApi.Tests.Metadata;

/// <summary>
/// The ServiceStack-compatible layer is a library of its own: its contract assembly references only the
/// base class library, its server assembly only the contract and ASP.NET Core's, and neither any CccApi
/// assembly, so everything the host serves about CCC comes from the DTO assembly's metadata.
/// </summary>
public sealed class LayerReferencesTests
{
    [Test]
    public void The_contract_assembly_references_only_the_base_class_library()
    {
        var references = typeof(ResponseStatus).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Has.All.Matches<string>(name => name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard"),
            string.Join(", ", references));
    }

    [Test]
    public void The_server_assembly_references_no_application_assembly()
    {
        var references = typeof(RequestDispatcher).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Has.None.StartsWith("CccApi"), string.Join(", ", references));
        Assert.That(references, Does.Contain(typeof(ResponseStatus).Assembly.GetName().Name));
    }

    [Test]
    public void The_dto_assembly_references_only_the_contract_assembly_and_the_base_class_library()
    {
        var references = typeof(ServiceModel.BaseResponse).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references.Where(name => !name.StartsWith("System", StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { typeof(ResponseStatus).Assembly.GetName().Name }), string.Join(", ", references));
    }

    [Test]
    public void The_shipped_host_carries_no_bench_code()
    {
        var host = typeof(Program).Assembly;

        Assert.That(host.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartsWith("CccApi.Bench"));
        Assert.That(host.GetTypes().Select(t => t.Namespace ?? ""), Has.None.Contains("Diagnostics").And.None.Contains("Bench"));
    }
}
