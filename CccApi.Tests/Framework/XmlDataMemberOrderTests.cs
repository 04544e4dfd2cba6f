using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CccApi.Tests.ExtraApi;

namespace CccApi.Tests.Framework;

/// <summary>
/// An XML request to a [DataContract] DTO is read whole whether its elements come in the DataContract
/// serializer's order (members without an Order by name, then by Order, ties by name) or in any other.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class XmlDataMemberOrderTests : EchoHostTest
{
    private const string Namespace = "http://schemas.datacontract.org/2004/07/CccApi.Tests.ExtraApi";

    private static readonly (string Element, string JsonName)[] ContractOrder =
        [("Alpha", "alpha"), ("Zulu", "zulu"), ("Yankee", "yankee"), ("Able", "able"), ("Bravo", "bravo"), ("renamed", "renamed")];

    [Test]
    public async Task Elements_in_the_contracts_order_are_all_read()
    {
        var received = await PostAsync(ContractOrder);

        Assert.That(received, Is.EqualTo(ContractOrder.Select(m => (m.JsonName, (string?)m.Element))));
    }

    [Test]
    public async Task Elements_in_declaration_or_reverse_order_are_all_read()
    {
        (string, string)[] declared = [("Zulu", "zulu"), ("Alpha", "alpha"), ("Bravo", "bravo"), ("Yankee", "yankee"), ("Able", "able"), ("renamed", "renamed")];

        Assert.That(await PostAsync(declared), Is.EquivalentTo(ContractOrder.Select(m => (m.JsonName, (string?)m.Element))));
        Assert.That(await PostAsync(ContractOrder.Reverse().ToArray()), Is.EquivalentTo(ContractOrder.Select(m => (m.JsonName, (string?)m.Element))));
    }

    /// <summary>Posts each member with its own element name as value; returns the members echoed, in the contract's order.</summary>
    private async Task<IReadOnlyList<(string JsonName, string? Value)>> PostAsync((string Element, string JsonName)[] members)
    {
        var xml = $"<{nameof(EchoOrdered)} xmlns=\"{Namespace}\">" + string.Concat(members.Select(m => $"<{m.Element}>{m.Element}</{m.Element}>")) + $"</{nameof(EchoOrdered)}>";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/echo-ordered") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/xml");
        request.Headers.Accept.ParseAdd("application/json");
        var result = await Client.SendAsync(request);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK), result.ToString());
        var received = result.Json["received"]!;
        return ContractOrder.Select(m => (m.JsonName, received[m.JsonName]?.GetValue<string>())).ToList();
    }
}
