namespace ServiceStackCompat.Formats.Csv;

/// <summary>
/// RFC 4180 cells, as ServiceStack writes them: a cell is quoted (its quotes doubled) when it holds a
/// comma, a quote, CR or LF, or starts with "[" or "{" (a nested JSV value). A cell that a spreadsheet
/// would run as a formula gets a leading apostrophe first: one starting with = @ TAB or CR, or with
/// + or - not followed by a digit or "." (so -4.5 stays a number).
/// </summary>
public static class CsvCells
{
    public static string Escape(string cell)
    {
        if (cell.Length == 0) return cell;
        var quote = cell[0] is '[' or '{' || cell.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return quote ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    public static string Neutralize(string cell)
    {
        if (cell.Length == 0) return cell;
        var looksLikeFormula = cell[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => cell.Length == 1 || !(char.IsDigit(cell[1]) || cell[1] == '.'),
            _ => false,
        };
        return looksLikeFormula ? "'" + cell : cell;
    }
}
