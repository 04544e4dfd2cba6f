using System.Buffers;

namespace ServiceStackCompat.Formats.Views;

/// <summary>
/// How one response type is written in one format in place of that format's generic writing: an application's
/// view of its own answer (a chart in HTML, a table of rows in CSV). Created by
/// <see cref="ResponseViewServiceCollectionExtensions.AddHtmlView{TResponse}"/> and
/// <see cref="ResponseViewServiceCollectionExtensions.AddCsvRows{TResponse, TRow}"/>; <see cref="ResponseViews"/>
/// holds them. A view writes only the body: the format still sets the Content-Type and its headers, and an error
/// answer never goes through a view.
/// </summary>
public abstract class ResponseView
{
    private protected ResponseView(Type responseType, string formatName)
    {
        ResponseType = responseType;
        FormatName = formatName;
    }

    /// <summary>The response DTO's type: the view applies to an answer of exactly this type.</summary>
    public Type ResponseType { get; }

    /// <summary>The <see cref="WireFormat.Name"/> of the format the view writes ("html", "csv").</summary>
    public string FormatName { get; }

    /// <summary>Writes the body of <paramref name="dto"/> (of <see cref="ResponseType"/>) as UTF-8.</summary>
    internal abstract void WriteTo(IBufferWriter<byte> output, object dto, string operationName);
}
