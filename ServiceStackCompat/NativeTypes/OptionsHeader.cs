using System.Text;

namespace ServiceStackCompat.NativeTypes;

/// <summary>One option a language lists in its header, with the default shown when the client sent none.</summary>
public sealed record OptionSpec(string Name, string Default = "")
{
    public static OptionSpec Flag(string name, bool value) => new(name, value ? "True" : "False");
}

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
    public static string Write(NativeTypesContext context, HeaderStyle style, IReadOnlyList<OptionSpec> options, IReadOnlyList<string>? extraLines = null)
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
            var sent = context.Options.Get(option.Name);
            if (sent is not null && option.Default is "True" or "False" && bool.TryParse(sent.Trim(), out var flag))
                sent = flag ? "True" : "False";
            if (sent is not null)
                sb.Append(style.LinePrefix).Append(option.Name).Append(": ").Append(sent).Append('\n');
            else
                sb.Append(style.OptionPrefix).Append(option.Name).Append(": ").Append(option.Default).Append('\n');
        }
        if (style.Close.Length > 0) sb.Append(style.Close).Append('\n');
        return sb.ToString();
    }
}
