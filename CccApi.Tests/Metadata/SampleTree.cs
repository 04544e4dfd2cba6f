using System.Text.Json;
using System.Xml.Linq;
using ServiceStackCompat.Formats.Jsv;

namespace CccApi.Tests.Metadata;

/// <summary>
/// A sample body read back into one shape whatever its format: an object's members or a list's items
/// (named ""), in the order written. JSON and JSV are read by their grammar, XML by its elements.
/// </summary>
public sealed record SampleTree(IReadOnlyList<KeyValuePair<string, SampleTree>> Children)
{
    private static readonly SampleTree Leaf = new([]);

    public static SampleTree Parse(string format, string body) => format switch
    {
        "json" or "csv" => FromJson(JsonDocument.Parse(body).RootElement), // the CSV page shows JSON
        "xml" => FromXml(XDocument.Parse(body).Root!),
        "jsv" => FromJsv(JsvReader.Parse(body)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static SampleTree FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new SampleTree(element.EnumerateObject().Select(p => Pair(p.Name, FromJson(p.Value))).ToList()),
        JsonValueKind.Array => new SampleTree(element.EnumerateArray().Select(i => Pair("", FromJson(i))).ToList()),
        _ => Leaf,
    };

    private static SampleTree FromXml(XElement element) =>
        new(element.Elements().Select(e => Pair(e.Name.LocalName, FromXml(e))).ToList());

    private static SampleTree FromJsv(JsvNode node) => node switch
    {
        JsvObject o => new SampleTree(o.Members.Select(m => Pair(m.Key, FromJsv(m.Value))).ToList()),
        JsvList l => new SampleTree(l.Items.Select(i => Pair("", FromJsv(i))).ToList()),
        _ => Leaf,
    };

    private static KeyValuePair<string, SampleTree> Pair(string name, SampleTree tree) => new(name, tree);
}
