using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using ServiceStackCompat.NativeTypes;

namespace CccApi.Tests.NativeTypes;

/// <summary>/api/types: ServiceStack's TypeLinks map of language names to absolute /types/{language} URLs, in the negotiated format.</summary>
public sealed class NativeTypesIndexTests : ApiTest
{
    private static readonly string[] Names =
        ["Metadata", "CSharp", "FSharp", "VbNet", "TypeScript", "TypeScriptDefinition", "CommonJs", "Mjs", "Php", "Dart", "Java", "Kotlin", "Swift", "Python"];

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await Client.Http.SendAsync(request);
    }

    [Test]
    public async Task Json_by_default_names_every_language_in_servicestack_order_and_each_link_answers()
    {
        using var response = await GetAsync("/api/types");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var links = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.That(links.Select(l => l.Key), Is.EqualTo(Names));
        foreach (var (name, url) in links)
        {
            var link = new Uri(url!.GetValue<string>());
            Assert.That(link.IsAbsoluteUri && link.AbsolutePath.StartsWith("/api/types/", StringComparison.Ordinal), Is.True, $"{name}: {link}");
            using var target = await Client.Http.GetAsync(link.PathAndQuery);
            Assert.That((int)target.StatusCode, Is.EqualTo(200), $"{name}: {link}");
        }
        Assert.That(links["Php"]!.GetValue<string>(), Does.EndWith("/api/types/php"));
        Assert.That(links["TypeScriptDefinition"]!.GetValue<string>(), Does.EndWith("/api/types/typescript.d"));
    }

    [Test]
    public void Every_served_language_is_linked()
    {
        var linked = NativeTypesIndex.Create("http://host/api").Values.Select(url => url["http://host/api/types/".Length..]);
        Assert.That(linked, Is.EquivalentTo(NativeTypesEndpoints.Generators.Select(g => g.Language).Append("metadata")));
    }

    [TestCase("application/xml", "application/xml", "<Key>Mjs</Key>")]
    [TestCase("application/jsv", "application/jsv", "Mjs:")]
    [TestCase("text/html", "text/html", "/api/types/mjs")]
    public async Task Accept_chooses_the_format(string accept, string mediaType, string expected)
    {
        using var response = await GetAsync("/api/types", accept);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(expected));
        Assert.That(response.Headers.Vary.ToString(), Does.Contain("Accept"));
    }

    [Test]
    public async Task Format_and_callback_query_arguments_are_honoured()
    {
        using var xml = await GetAsync("/api/types?format=xml", "application/json");
        Assert.That(xml.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        using var jsonp = await GetAsync("/api/types?callback=show");
        var body = await jsonp.Content.ReadAsStringAsync();
        Assert.That(body, Does.StartWith("show({").And.EndWith("})"));
        using var unknown = await GetAsync("/api/types?format=yaml");
        Assert.That((int)unknown.StatusCode, Is.EqualTo(400));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("NotSupportedException"));
    }
}
