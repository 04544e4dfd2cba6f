using System.Text;

namespace ServiceStackCompat.Formats.Csv;

/// <summary>
/// Reads RFC 4180 records: cells separated by commas, records by CRLF or LF, a quoted cell may hold
/// commas, line breaks and "" for a quote. A blank line at the end is no record. Malformed text (a quote
/// inside a bare cell, text after a closing quote, an unclosed quote) is a <see cref="FormatException"/>.
/// </summary>
public static class CsvReader
{
    public static List<List<string>> ReadRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] == '"')
            {
                position = ReadQuoted(text, position + 1, cell);
                if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    throw new FormatException($"CSV: text after a closing quote at position {position}.");
            }
            else
            {
                while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                {
                    if (text[position] == '"') throw new FormatException($"CSV: a quote inside an unquoted cell at position {position}.");
                    cell.Append(text[position++]);
                }
            }
            record.Add(cell.ToString());
            cell.Clear();
            if (position >= text.Length) break;
            if (text[position++] == ',') continue;
            if (text[position - 1] == '\r' && position < text.Length && text[position] == '\n') position++;
            records.Add(record);
            record = [];
        }
        if (record.Count > 0 && !(record.Count == 1 && record[0].Length == 0)) records.Add(record);
        return records;
    }

    /// <summary>Reads a quoted cell's content (after its opening quote); returns the position after its closing quote.</summary>
    private static int ReadQuoted(string text, int position, StringBuilder cell)
    {
        while (true)
        {
            var quote = text.IndexOf('"', position);
            if (quote < 0) throw new FormatException("CSV: a quoted cell is not closed.");
            cell.Append(text, position, quote - position);
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                cell.Append('"');
                position = quote + 2;
                continue;
            }
            return quote + 1;
        }
    }
}
