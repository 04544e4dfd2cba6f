using Microsoft.Extensions.Primitives;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Binding;

/// <summary>
/// Sets DTO properties from text: query string, form fields and path variables. Scalars parse
/// strictly; lists take repeated or comma-separated values; objects are written in JSV, as
/// ServiceStack's clients send them in a query string.
/// </summary>
public static class StringValueBinder
{
    public static void Populate(object target, TypeModel model, IEnumerable<KeyValuePair<string, StringValues>> values, string operationName, bool onlyWhereUnset = false)
    {
        foreach (var (key, value) in values)
        {
            var property = model.FindProperty(key);
            if (property is null) continue;
            if (onlyWhereUnset && !IsUnset(target, property)) continue;
            Set(target, property, value, operationName);
        }
    }

    public static void Set(object target, PropertyModel property, StringValues values, string operationName)
    {
        var text = values.Count == 0 ? "" : values[^1] ?? "";
        object? value;
        switch (property.Shape)
        {
            case ScalarShape scalar:
                if (text.Length == 0 && scalar.Kind != ScalarKind.String)
                {
                    if (scalar.AcceptsNull) property.Set(target, null);
                    return;
                }
                if (!ScalarParser.TryParse(scalar, text, out value))
                    throw RequestBindingException.InvalidValue(operationName, property.Name, text, property.IsSecret);
                break;
            // A JSV list ("[a,b]", "[]"), as ServiceStack's clients write a list into a query string.
            case CollectionShape { Element: ScalarShape } when values.Count <= 1 && text.StartsWith('[') && text.EndsWith(']'):
                value = JsvValue.Parse(property, text, operationName);
                break;
            case CollectionShape { Element: ScalarShape element } collection:
                var items = new List<object?>();
                foreach (var raw in values.Count > 1 ? values.ToArray() : text.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!ScalarParser.TryParse(element, raw ?? "", out var item))
                        throw RequestBindingException.InvalidValue(operationName, property.Name, raw, property.IsSecret);
                    items.Add(item);
                }
                value = collection.Create(items);
                break;
            default:
                value = JsvValue.Parse(property, text, operationName);
                break;
        }
        property.Set(target, value);
    }

    private static bool IsUnset(object target, PropertyModel property)
    {
        var current = property.Get(target);
        return current is null || current.Equals(property.DefaultValue);
    }
}
