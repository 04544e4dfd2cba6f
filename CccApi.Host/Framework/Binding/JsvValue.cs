using CccApi.Host.Framework.Metadata;

namespace CccApi.Host.Framework.Binding;

/// <summary>Reads an object-valued query or form field written in JSV (ServiceStack's text format).</summary>
internal static class JsvValue
{
    public static object? Parse(PropertyModel property, string text, string operationName)
    {
        try
        {
            return global::ServiceStack.Text.TypeSerializer.DeserializeFromString(text, property.Type);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidCastException or InvalidOperationException
                                   or IndexOutOfRangeException or global::System.Runtime.Serialization.SerializationException)
        {
            throw RequestBindingException.InvalidValue(operationName, property.Name, text, property.IsSecret);
        }
    }
}
