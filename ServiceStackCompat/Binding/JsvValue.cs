using ServiceStackCompat.Formats.Jsv;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Binding;

/// <summary>Reads an object-valued query or form field written in JSV (ServiceStack's text format).</summary>
internal static class JsvValue
{
    public static object? Parse(PropertyModel property, string text, string operationName)
    {
        JsvNode node;
        try
        {
            node = JsvReader.Parse(text);
        }
        catch (FormatException)
        {
            throw RequestBindingException.InvalidValue(operationName, property.Name, text, property.IsSecret);
        }
        return JsvBinder.TryBind(node, property.Shape, property.Name, property.IsSecret, operationName, out var value)
            ? value
            : property.DefaultValue;
    }
}
