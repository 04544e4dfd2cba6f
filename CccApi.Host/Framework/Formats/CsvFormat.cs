using System.Buffers;
using System.Text;
using CccApi.Host.Framework.Binding;
using CccApi.Host.Framework.Metadata;
using Microsoft.Extensions.Primitives;
using ServiceStack.Text;

namespace CccApi.Host.Framework.Formats;

/// <summary>ServiceStack's CSV: a header row and one row per item, sent as an attachment named after the operation.</summary>
public sealed class CsvFormat : WireFormat
{
    public override string Name => "csv";

    public override string ContentType => "text/csv";

    public override IReadOnlyList<string> MediaTypes { get; } = ["text/csv"];

    public override byte[] Serialize(object dto, string operationName) =>
        Encoding.UTF8.GetBytes(CsvSerializer.SerializeToString(dto));

    public override void AddHeaders(HttpResponse response, string operationName) =>
        response.Headers.ContentDisposition = $"attachment;filename=\"{operationName}.csv\"";

    /// <summary>A request is the header row and one data row.</summary>
    public override object Deserialize(ReadOnlySequence<byte> body, TypeModel model, string operationName)
    {
        var text = TextBody.Decode(body, Name, operationName);
        var dto = model.Factory();
        if (string.IsNullOrWhiteSpace(text)) return dto;
        List<Dictionary<string, string>> rows;
        try
        {
            rows = CsvSerializer.DeserializeFromString<List<Dictionary<string, string>>>(text) ?? [];
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new RequestBindingException($"Could not deserialize 'text/csv' request using '{operationName}'\nError: {ex.Message}", inner: ex);
        }
        if (rows.Count > 1)
            throw new RequestBindingException($"Could not deserialize 'text/csv' request using '{operationName}'\nError: a request is one header row and one data row.");
        if (rows.Count == 1)
            StringValueBinder.Populate(dto, model, rows[0].Select(f => KeyValuePair.Create(f.Key, new StringValues(f.Value))), operationName);
        return dto;
    }
}
