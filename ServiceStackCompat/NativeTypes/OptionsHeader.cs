using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>How a language writes the "Options:" header comment.</summary>
public sealed record HeaderStyle(string Open, string LinePrefix, string OptionPrefix, string Close, string TipPrefix)
{
    public static readonly HeaderStyle CStyle = new("/* Options:", "", "//", "*/", "//");
    public static readonly HeaderStyle Python = new("\"\"\" Options:", "", "#", "\"\"\"", "#");
    public static readonly HeaderStyle FSharp = new("(* Options:", "", "//", "*)", "//");
    public static readonly HeaderStyle VisualBasic = new("' Options:", "'", "'''", "", "''");
}

/// <summary>Writes ServiceStack's "Options:" header: date, version, tip, BaseUrl and the language's options.</summary>
public static class OptionsHeader
{
    public static string Write(NativeTypesContext context, HeaderStyle style, IReadOnlyList<NativeTypesOption> options, IReadOnlyList<string>? extraLines = null)
    {
        var sb = new StringBuilder();
        sb.Append(style.Open).Append('\n');
        sb.Append(style.LinePrefix).Append("Date: ").Append(context.Date.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var line in extraLines ?? []) sb.Append(style.LinePrefix).Append(line).Append('\n');
        sb.Append(style.LinePrefix).Append("Version: ").Append(context.Version).Append('\n');
        sb.Append(style.LinePrefix).Append("Tip: To override a DTO option, remove \"").Append(style.TipPrefix).Append("\" prefix before updating\n");
        sb.Append(style.LinePrefix).Append("BaseUrl: ").Append(context.BaseUrl).Append('\n');
        sb.Append(style.LinePrefix).Append('\n');
        foreach (var option in options)
        {
            if (context.Sent.Get(option.Name) is { } sent)
                sb.Append(style.LinePrefix).Append(option.Name).Append(": ").Append(option.Echo(sent)).Append('\n');
            else
                sb.Append(style.OptionPrefix).Append(option.Name).Append(": ").Append(option.DefaultText).Append('\n');
        }
        if (style.Close.Length > 0) sb.Append(style.Close).Append('\n');
        return sb.ToString();
    }
}
