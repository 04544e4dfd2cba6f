using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// The fuzz generator is a function of its seed: two generators seeded alike, over the same world, produce
/// the same requests (what differs between two runs is only what the host itself makes up, such as the
/// Guids of the objects it creates, which later requests may carry).
/// </summary>
[Category("Fuzz")]
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class FuzzDeterminismTests
{
    [Test]
    public async Task The_same_seed_generates_the_same_requests()
    {
        await using var host = new TestHost();
        var world = await FuzzWorld.CreateAsync(host, cellCount: 3, spareApiKeys: 2);
        var operations = OperationCatalog.Operations(host).Select(OperationCatalog.Endpoints).ToList();

        var first = Generate(world, operations, FuzzSettings.DefaultSeed);
        var second = Generate(world, operations, FuzzSettings.DefaultSeed);
        var otherSeed = Generate(world, operations, FuzzSettings.DefaultSeed + 1);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(otherSeed, Is.Not.EqualTo(first));
    }

    private static List<string> Generate(FuzzWorld world, IReadOnlyList<IReadOnlyList<Endpoint>> operations, int seed)
    {
        var random = new Random(seed);
        var valid = new ValidRequests(world, random);
        var mutator = new RequestMutator(world, random);
        return Enumerable.Range(0, 10).SelectMany(_ => operations)
            .Select(endpoints => FuzzTests.Generate(valid, mutator, world, random, endpoints).ToString())
            .ToList();
    }
}
