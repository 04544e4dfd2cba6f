using System.Xml.Linq;

namespace ServiceStackCompat.MetadataPages;

/// <summary>Lays XML out with two spaces per level and no declaration, as ServiceStack's pages show it.</summary>
internal static class XmlIndenter
{
    public static string Indent(string xml)
    {
        var document = XDocument.Parse(xml);
        return document.Root?.ToString(SaveOptions.None) ?? xml;
    }
}
