using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using ServiceStackCompat.Formats.Jsv;
using ServiceStackCompat.Formats.Wire;

namespace ServiceStackCompat.Formats.Csv;

/// <summary>
/// Writes a response as ServiceStack's CSV: a header row of property names (as declared, PascalCase)
/// and one row for a DTO, or one row per item for a list. Scalars are written as in JSV but unquoted,
/// nested objects and lists as their JSV text, nulls as empty cells; rows end with CRLF.
/// Each type's columns are built once from the System.Text.Json metadata and cached.
/// </summary>
public static class CsvWriter
{
    private sealed record Column(string Header, Func<object, object?> Get);

    private static readonly ConcurrentDictionary<Type, Column[]> Columns = new();
    private static readonly ConcurrentDictionary<Type, ScalarText?> Scalars = new();
    private static readonly ConcurrentDictionary<Type, Type?> ElementTypes = new();

    public static string Serialize(object value)
    {
        var csv = new StringBuilder(256);
        switch (value)
        {
            case IDictionary dictionary:
                WriteRow(csv, dictionary.Keys.Cast<object>().Select(k => CsvCells.Escape(Text(k))));
                WriteRow(csv, dictionary.Values.Cast<object?>().Select(Cell));
                break;
            case IEnumerable items when ElementTypes.GetOrAdd(value.GetType(), ElementType) is { } element:
                if (ScalarOf(element) is not null)
                {
                    WriteRow(csv, items.Cast<object?>().Select(Cell));
                    break;
                }
                WriteTable(csv, ColumnsOf(element), items);
                break;
            default:
                var own = ColumnsOf(value.GetType());
                WriteRow(csv, own.Select(c => CsvCells.Escape(c.Header)));
                // A DTO without properties is an empty header line and no row.
                if (own.Length > 0) WriteRow(csv, own.Select(c => Cell(c.Get(value))));
                break;
        }
        return csv.ToString();
    }

    /// <summary>
    /// A table of <typeparamref name="TRow"/> records: the header row of its columns (as <see cref="HeadersOf"/> names
    /// them) and one row per record, each cell written as every CSV cell is. An empty sequence is the header alone.
    /// </summary>
    public static string SerializeRows<TRow>(IEnumerable<TRow> rows)
    {
        var csv = new StringBuilder(256);
        WriteTable(csv, ColumnsOf(typeof(TRow)), rows);
        return csv.ToString();
    }

    /// <summary>
    /// The columns a record of <paramref name="rowType"/> is written as: its public properties in the order and with the
    /// names every CSV answer uses (declared names, or their [DataMember] names). Built once per type and kept; empty
    /// for a scalar or a collection, which have no columns.
    /// </summary>
    public static IReadOnlyList<string> HeadersOf(Type rowType) => ColumnsOf(rowType).Select(c => c.Header).ToArray();

    private static void WriteTable(StringBuilder csv, Column[] columns, IEnumerable items)
    {
        WriteRow(csv, columns.Select(c => CsvCells.Escape(c.Header)));
        foreach (var item in items)
            WriteRow(csv, columns.Select(c => item is null ? "" : Cell(c.Get(item))));
    }

    private static void WriteRow(StringBuilder csv, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) csv.Append(',');
            first = false;
            csv.Append(cell);
        }
        csv.Append("\r\n");
    }

    private static string Cell(object? value)
    {
        if (value is null) return "";
        if (ScalarOf(value.GetType()) is { } scalar)
        {
            var text = scalar.Format(value);
            return scalar.IsRaw ? text : CsvCells.Escape(CsvCells.Neutralize(text));
        }
        return CsvCells.Escape(JsvWriter.Serialize(value));
    }

    private static string Text(object value) =>
        ScalarOf(value.GetType()) is { } scalar ? scalar.Format(value) : JsvWriter.Serialize(value);

    private static ScalarText? ScalarOf(Type type) => Scalars.GetOrAdd(type, ScalarText.For);

    private static Column[] ColumnsOf(Type type) => Columns.GetOrAdd(type, static t =>
    {
        var info = WireJson.Options.GetTypeInfo(t);
        if (info.Kind != JsonTypeInfoKind.Object) return [];
        return info.Properties
            .Where(p => p.Get is not null)
            .OrderBy(p => WireContract.DeclarationIndex(t, p))
            .Select(p => new Column(WireContract.ClrName(p), p.Get!))
            .ToArray();
    });

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
