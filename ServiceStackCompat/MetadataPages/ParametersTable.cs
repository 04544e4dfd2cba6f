using System.Text;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.MetadataPages;

/// <summary>One "X Parameters:" table: Name, Parameter, Data Type, Required, Description (with allowable values).</summary>
internal static class ParametersTable
{
    public static void Append(StringBuilder html, TypeTable table)
    {
        if (table.Properties.Count == 0) return;
        html.Append("<table class='params'><caption><b>").Append(HtmlText.Encode(TypeNames.Of(table.Type)))
            .Append("</b> Parameters:</caption><thead><tr><th>Name</th><th>Parameter</th><th>Data Type</th><th>Required</th><th>Description</th></tr></thead><tbody>");
        foreach (var property in table.Properties)
        {
            html.Append("<tr><td>").Append(HtmlText.Encode(ParameterColumns.Name(property)))
                .Append("</td><td>").Append(HtmlText.Encode(ParameterColumns.Parameter(property)))
                .Append("</td><td>").Append(HtmlText.Encode(ParameterColumns.DataType(property)))
                .Append("</td><td>").Append(ParameterColumns.Required(property))
                .Append("</td><td>").Append(HtmlText.Encode(ParameterColumns.Description(property)));
            AppendAllowableValues(html, property);
            html.Append("</td></tr>");
        }
        html.Append("</tbody></table>");
    }

    private static void AppendAllowableValues(StringBuilder html, PropertyModel property)
    {
        if (ParameterColumns.AllowableRange(property) is { } range)
            html.Append("<h4>Valid Range: ").Append(HtmlText.Encode(range)).Append("</h4>");
        if (ParameterColumns.AllowableValues(property) is not { Count: > 0 } values) return;
        html.Append("<h4>Allowable Values</h4><ul>");
        foreach (var value in values)
            html.Append("<li>").Append(HtmlText.Encode(value)).Append("</li>");
        html.Append("</ul>");
    }
}
