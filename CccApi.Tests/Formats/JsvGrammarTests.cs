using ServiceStackCompat.Formats.Jsv;

namespace CccApi.Tests.Formats;

/// <summary>JSV as ServiceStack's documentation (docs.servicestack.net/jsv-format) and the reference captures describe it.</summary>
public sealed class JsvGrammarTests
{
    public enum Colour { Red, Green }

    public class Item
    {
        public string? Name { get; set; }

        public int Size { get; set; }
    }

    public class Sample
    {
        public string? Foo { get; set; }

        public string? Greet { get; set; }

        public bool On { get; set; }

        public List<int>? Numbers { get; set; }

        public List<string?>? Words { get; set; }

        public Dictionary<Colour, int>? ByColour { get; set; }

        public Dictionary<string, string?>? Tags { get; set; }

        public Item? Child { get; set; }

        public List<Item>? Items { get; set; }

        public Guid Id { get; set; }
    }

    [Test]
    public void Strings_are_bare_unless_they_hold_a_delimiter_then_csv_quoted() =>
        Assert.Multiple(() =>
        {
            Assert.That(JsvWriter.Serialize(new Item { Name = "Hello World!" }), Is.EqualTo("{name:Hello World!,size:0}"));
            Assert.That(JsvWriter.Serialize(new Item { Name = "Me, Junior" }), Is.EqualTo("{name:\"Me, Junior\",size:0}"));
            Assert.That(JsvWriter.Serialize(new Item { Name = "2\" x 1\"" }), Is.EqualTo("{name:\"2\"\" x 1\"\"\",size:0}"));
            Assert.That(JsvWriter.Serialize(new Item { Name = "" }), Is.EqualTo("{name:\"\",size:0}"));
            foreach (var delimiter in new[] { ":", "[", "]", "{", "}", "\r", "\n" })
                Assert.That(JsvWriter.Serialize(new Item { Name = "a" + delimiter + "b" }), Is.EqualTo($"{{name:\"a{delimiter}b\",size:0}}"));
            Assert.That(JsvWriter.Serialize(new Item { Name = " \ttab " }), Is.EqualTo("{name: \ttab ,size:0}"));
        });

    [Test]
    public void Lists_dictionaries_nested_objects_and_nulls()
    {
        var sample = new Sample
        {
            On = true,
            Numbers = [1, 2, 3],
            Words = ["a", null, "b,c"],
            ByColour = new() { [Colour.Green] = 2 },
            Tags = new() { ["k"] = "v", ["gone"] = null },
            Child = new Item { Name = "x" },
            Items = [new Item { Size = 1 }],
        };

        Assert.That(JsvWriter.Serialize(sample), Is.EqualTo(
            "{on:True,numbers:[1,2,3],words:[a,,\"b,c\"],byColour:{Green:2},tags:{k:v},child:{name:x,size:0},items:[{size:1}],id:00000000000000000000000000000000}"));
    }

    [Test]
    public void The_reader_reads_what_the_writer_writes()
    {
        var node = (JsvObject)JsvReader.Parse("{foo:Bar,greet:Hello World!,words:[a,,\"b,c\",\"\"],child:{name:\"x:y\"},tags:{}}");

        Assert.That(node.Members.Select(m => m.Key), Is.EqualTo(new[] { "foo", "greet", "words", "child", "tags" }));
        Assert.That(node.Members[1].Value, Is.EqualTo(new JsvText("Hello World!", Quoted: false)));
        var words = (JsvList)node.Members[2].Value;
        Assert.That(words.Items, Is.EqualTo(new JsvNode[] { new JsvText("a", false), new JsvText("", false), new JsvText("b,c", true), new JsvText("", true) }));
        Assert.That(((JsvObject)node.Members[3].Value).Members.Single().Value, Is.EqualTo(new JsvText("x:y", true)));
        Assert.That(((JsvObject)node.Members[4].Value).Members, Is.Empty);
    }

    [Test]
    public void Whitespace_around_keys_and_after_delimiters_is_skipped()
    {
        var node = (JsvObject)JsvReader.Parse(" {\n name : x ,\tadminUserGuid:\r\n  0f8fad5bd9cb469fa16570867728950e , list: [ 1 , 2 ] }\n");

        Assert.That(node.Members.Select(m => m.Key), Is.EqualTo(new[] { "name", "adminUserGuid", "list" }));
        Assert.That(node.Members[1].Value, Is.EqualTo(new JsvText("0f8fad5bd9cb469fa16570867728950e", false)));
        Assert.That(((JsvList)node.Members[2].Value).Items, Is.EqualTo(new JsvNode[] { new JsvText("1", false), new JsvText("2", false) }));
    }

    [TestCase("{a:1")]
    [TestCase("{a}")]
    [TestCase("{a:\"x}")]
    [TestCase("[1,2")]
    [TestCase("{a:1}}")]
    [TestCase("{a:\"x\"y}")]
    public void Malformed_text_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => JsvReader.Parse(text));

    [Test]
    public void Nesting_beyond_the_limit_is_refused() =>
        Assert.Throws<FormatException>(() => JsvReader.Parse(new string('[', JsvReader.MaxDepth + 2) + new string(']', JsvReader.MaxDepth + 2)));
}
