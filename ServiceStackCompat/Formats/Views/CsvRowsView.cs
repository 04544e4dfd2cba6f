using System.Buffers;
using System.Text;
using ServiceStackCompat.Formats.Csv;

namespace ServiceStackCompat.Formats.Views;

/// <summary>
/// A response written as a CSV table of the records <c>rows</c> projects from it: a header row of
/// <typeparamref name="TRow"/>'s columns and one row per record, written by <see cref="CsvWriter"/> as every CSV
/// answer is (cell escaping, dates, Guids, enums, formula neutralising).
/// </summary>
internal sealed class CsvRowsView<TResponse, TRow> : ResponseView
{
    private readonly Func<TResponse, IEnumerable<TRow>> _rows;

    public CsvRowsView(Func<TResponse, IEnumerable<TRow>> rows) : base(typeof(TResponse), "csv")
    {
        _rows = rows;
        // The columns are built here, at start-up, and kept: a request only reads them.
        if (CsvWriter.HeadersOf(typeof(TRow)).Count == 0)
            throw new ArgumentException(
                $"The CSV rows of {typeof(TResponse).Name} are {typeof(TRow).Name}, which has no columns: a row is a class or record with public properties.",
                nameof(rows));
    }

    internal override void WriteTo(IBufferWriter<byte> output, object dto, string operationName) =>
        Encoding.UTF8.GetBytes(CsvWriter.SerializeRows(_rows((TResponse)dto)), output);
}
