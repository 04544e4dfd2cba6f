using CccApi.Tests.Framework;
using CccApi.Tests.Infrastructure;
using ServiceStackCompat.NativeTypes;

namespace CccApi.Tests.NativeTypes;

/// <summary>Every /types/* answer of the CCC API, for the recorded queries, is its file under Golden/ccc exactly.</summary>
public sealed class NativeTypesGoldenTests : ApiTest
{
    public static IEnumerable<TestCaseData> Cases() =>
        GoldenCases.Ccc().Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [TestCaseSource(nameof(Cases))]
    public Task Answer_is_the_recorded_file(GoldenCase golden) => GoldenFiles.AssertMatchesAsync(Client.Http, golden);

    [Test]
    public void Every_served_language_is_recorded()
    {
        var served = NativeTypesEndpoints.Generators.Select(g => g.Language).Append("metadata");
        Assert.That(GoldenCases.Languages, Is.EquivalentTo(served));
    }
}

/// <summary>The same for a host that also loads the test-only echo API (Golden/echo).</summary>
public sealed class EchoNativeTypesGoldenTests : EchoHostTest
{
    public static IEnumerable<TestCaseData> Cases() =>
        GoldenCases.EchoApi().Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [TestCaseSource(nameof(Cases))]
    public Task Answer_is_the_recorded_file(GoldenCase golden) => GoldenFiles.AssertMatchesAsync(Client.Http, golden);
}
