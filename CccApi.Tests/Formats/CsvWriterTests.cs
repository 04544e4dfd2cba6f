using ServiceStackCompat.Formats.Csv;

namespace CccApi.Tests.Formats;

/// <summary>CSV as ServiceStack's CsvSerializer wrote it (captured before it was replaced) and RFC 4180 reads it.</summary>
public sealed class CsvWriterTests
{
    public class Row
    {
        public string? Name { get; set; }

        public decimal Price { get; set; }

        public bool Active { get; set; }

        public List<string>? Tags { get; set; }

        public Row? Parent { get; set; }
    }

    public class Empty;

    [Test]
    public void A_dto_is_a_header_row_and_one_row_with_crlf_endings() =>
        Assert.That(CsvWriter.Serialize(new Row { Name = "x", Price = 4.50m, Active = true }),
            Is.EqualTo("Name,Price,Active,Tags,Parent\r\nx,4.50,True,,\r\n"));

    [Test]
    public void A_list_is_a_header_row_and_a_row_per_item_and_an_empty_list_is_the_header() =>
        Assert.Multiple(() =>
        {
            Assert.That(CsvWriter.Serialize(new List<Row> { new() { Name = "a" }, new() { Name = "b" } }),
                Is.EqualTo("Name,Price,Active,Tags,Parent\r\na,0,False,,\r\nb,0,False,,\r\n"));
            Assert.That(CsvWriter.Serialize(new List<Row>()), Is.EqualTo("Name,Price,Active,Tags,Parent\r\n"));
            Assert.That(CsvWriter.Serialize(new Empty()), Is.EqualTo("\r\n"));
        });

    [Test]
    public void Nested_values_are_their_jsv_text_quoted() =>
        Assert.That(CsvWriter.Serialize(new Row { Tags = ["a", "b,c"], Parent = new Row { Name = "p" } }),
            Is.EqualTo("Name,Price,Active,Tags,Parent\r\n,0,False,\"[a,\"\"b,c\"\"]\",\"{name:p,price:0,active:False}\"\r\n"));

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("two\r\nlines", "\"two\r\nlines\"")]
    [TestCase("[starts", "\"[starts\"")]
    [TestCase("{starts", "\"{starts\"")]
    [TestCase("ends]", "ends]")]
    [TestCase(" spaced ", " spaced ")]
    [TestCase("=SUM(A1)", "'=SUM(A1)")]
    [TestCase("@cmd", "'@cmd")]
    [TestCase("\tx", "'\tx")]
    [TestCase("\rx", "\"'\rx\"")]
    [TestCase("+x", "'+x")]
    [TestCase("-", "'-")]
    [TestCase("- 1", "'- 1")]
    [TestCase("-1.5", "-1.5")]
    [TestCase("+1", "+1")]
    [TestCase("-.5", "-.5")]
    [TestCase("a=b", "a=b")]
    public void Cells_are_quoted_when_they_must_be_and_formulas_neutralised(string value, string cell) =>
        Assert.That(CsvWriter.Serialize(new Row { Name = value }), Is.EqualTo($"Name,Price,Active,Tags,Parent\r\n{cell},0,False,,\r\n"));

    [Test]
    public void The_reader_reads_rfc_4180_records()
    {
        var records = CsvReader.ReadRecords("a,\"b,\"\"c\"\"\",\r\n\"multi\nline\",,x\ny\n");

        Assert.That(records, Is.EqualTo(new[] { new[] { "a", "b,\"c\"", "" }, new[] { "multi\nline", "", "x" }, new[] { "y" } }));
    }

    [TestCase("a\"b")]
    [TestCase("\"a\"b")]
    [TestCase("\"open")]
    public void Malformed_csv_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => CsvReader.ReadRecords(text));
}
