using System.Buffers;
using CccApi.Host.Framework.Metadata;
using ServiceStack.Text;

namespace CccApi.Host.Framework.Formats;

/// <summary>ServiceStack's CSV: a header row and one row per item, sent as an attachment named after the operation.</summary>
public sealed class CsvFormat : WireFormat
{
    public override string Name => "csv";

    public override string ContentType => "text/csv";

    public override IReadOnlyList<string> MediaTypes { get; } = ["text/csv"];

    public override string Serialize(object dto, string operationName) => CsvSerializer.SerializeToString(dto);

    public override void AddHeaders(HttpResponse response, string operationName) =>
        response.Headers.ContentDisposition = $"attachment;filename=\"{operationName}.csv\"";

    /// <summary>A request is the header row and one data row.</summary>
    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var text = TextBody.Decode(body, Name, operationName);
        return TextBody.BindFields(model, "text/csv", operationName, () =>
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var rows = CsvSerializer.DeserializeFromString<List<Dictionary<string, string>>>(text) ?? [];
            if (rows.Count > 1)
                throw TextBody.Malformed("text/csv", operationName, "a request is one header row and one data row.");
            return rows.Count == 1 ? rows[0] : null;
        });
    }
}
