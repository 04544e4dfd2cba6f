using System.Net;
using System.Text;

namespace ServiceStackCompat.Formats.Views;

/// <summary>
/// What an HTML view writes its part of the page with. Text and attribute values are HTML-encoded here;
/// <see cref="Markup"/> writes the view's own tags as they are and must never be given data.
/// </summary>
public sealed class HtmlViewWriter
{
    private readonly StringBuilder _html;

    internal HtmlViewWriter(StringBuilder html) => _html = html;

    /// <summary>The view's own markup (tags, literal text), written as it is.</summary>
    public HtmlViewWriter Markup(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Text, HTML-encoded.</summary>
    public HtmlViewWriter Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(text ?? ""));
        return this;
    }

    /// <summary>A number or date in the invariant culture (with <paramref name="format"/> when given), HTML-encoded.</summary>
    public HtmlViewWriter Text(IFormattable value, string? format = null) =>
        Text(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// An attribute of the tag being written: a space, <paramref name="name"/>, and the value HTML-encoded in double
    /// quotes. The name must be a plain attribute name (letters, digits, '-', ':').
    /// </summary>
    public HtmlViewWriter Attribute(string name, string? value)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':'))
            throw new ArgumentException($"'{name}' is not an attribute name this writer writes.", nameof(name));
        _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value ?? "")).Append('"');
        return this;
    }

    /// <summary>An attribute whose value is a number or date in the invariant culture (with <paramref name="format"/> when given).</summary>
    public HtmlViewWriter Attribute(string name, IFormattable value, string? format = null) =>
        Attribute(name, value.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
}
