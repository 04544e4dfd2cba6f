using System.Buffers;
using Microsoft.Extensions.Primitives;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Formats.Csv;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Formats;

/// <summary>
/// ServiceStack's CSV: a header row and one row per item, sent as an attachment named after the operation. A response
/// type with rows of the application's (<see cref="ResponseViewServiceCollectionExtensions.AddCsvRows{TResponse, TRow}"/>)
/// is written as those rows.
/// </summary>
public sealed class CsvFormat : WireFormat
{
    private const string MediaType = "text/csv";

    public override string Name => "csv";

    public override string ContentType => MediaType;

    public override IReadOnlyList<string> MediaTypes { get; } = [MediaType];

    public override string Serialize(object dto, string operationName) => CsvWriter.Serialize(dto);

    public override void AddHeaders(HttpResponse response, string operationName) =>
        response.Headers.ContentDisposition = $"attachment;filename=\"{operationName}.csv\"";

    /// <summary>A request is the header row and one data row, whose cells bind as query-string values do.</summary>
    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var text = TextBody.Decode(body, Name, operationName);
        List<List<string>> records;
        try
        {
            records = CsvReader.ReadRecords(text);
        }
        catch (FormatException ex)
        {
            throw TextBody.Malformed(MediaType, operationName, ex.Message, ex);
        }
        var dto = model.Factory();
        if (records.Count == 0) return dto;
        if (records.Count > 2)
            throw TextBody.Malformed(MediaType, operationName, "a request is one header row and one data row.");
        if (records.Count == 1) return dto;
        var (header, row) = (records[0], records[1]);
        if (row.Count != header.Count)
            throw TextBody.Malformed(MediaType, operationName, $"the data row has {row.Count} cells where the header has {header.Count}.");
        StringValueBinder.Populate(dto, model, header.Zip(row, (name, cell) => KeyValuePair.Create(name.Trim(), new StringValues(cell))), operationName);
        return dto;
    }
}
