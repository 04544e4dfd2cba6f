using ServiceStackCompat.Formats;

namespace ServiceStackCompat.MetadataPages;

/// <summary>
/// A format that has operation pages (/{format}/metadata): its label, the Content-Type its samples
/// show, and how a sample DTO is written (by the live serializer, every member shown) and laid out for reading.
/// </summary>
internal sealed class SampleFormat(string name, string label, string contentType, WireFormat serializer, Func<string, string> layout, bool offersJsonp)
{
    public string Name { get; } = name;

    /// <summary>"JSON", "XML"...: the link text on the index and the "HTTP + JSON" heading.</summary>
    public string Label { get; } = label;

    public string ContentType { get; } = contentType;

    /// <summary>Whether the page mentions ?callback= (JSON only).</summary>
    public bool OffersJsonp { get; } = offersJsonp;

    public string Body(object dto, string operationName) =>
        layout(serializer.SerializeSample(dto, operationName));

    /// <summary>
    /// The formats with pages, in ServiceStack's order. The CSV page shows JSON bodies, as
    /// ServiceStack's does: a nested request has no CSV form.
    /// </summary>
    public static IReadOnlyList<SampleFormat> From(FormatRegistry formats)
    {
        var pages = new List<SampleFormat>();
        if (formats.FindByName("json") is { } json)
            pages.Add(new SampleFormat("json", "JSON", "application/json", json, JsonIndenter.Indent, offersJsonp: true));
        if (formats.FindByName("xml") is { } xml)
            pages.Add(new SampleFormat("xml", "XML", "application/xml", xml, XmlIndenter.Indent, offersJsonp: false));
        if (formats.FindByName("jsv") is { } jsv)
            pages.Add(new SampleFormat("jsv", "JSV", "text/jsv", jsv, JsvIndenter.Indent, offersJsonp: false));
        if (formats.FindByName("csv") is not null)
            pages.Add(new SampleFormat("csv", "CSV", "text/csv", formats.Json, JsonIndenter.Indent, offersJsonp: false));
        return pages;
    }
}
