using ServiceStackCompat.Formats.Jsv;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Binding;

/// <summary>
/// Binds parsed JSV to a DTO with the same rules as a JSON body: names match case-insensitively,
/// unknown names are ignored, and a value that cannot be read as its property's type is a binding
/// error naming the field ("Child.Size", "Numbers[1]"), never a silent default or a dropped member.
/// </summary>
public static class JsvBinder
{
    public static void Populate(object target, TypeModel model, JsvObject node, string? prefix, bool isSecret, string operationName)
    {
        foreach (var (key, value) in node.Members)
        {
            var property = model.FindProperty(key);
            if (property is null) continue;
            if (TryBind(value, property.Shape, Path(prefix, property.Name), isSecret || property.IsSecret, operationName, out var bound))
                property.Set(target, bound);
        }
    }

    /// <summary>The node as a value of the shape; false when it is empty and the shape takes no null (the default stays).</summary>
    public static bool TryBind(JsvNode node, ValueShape shape, string path, bool isSecret, string operationName, out object? value)
    {
        value = null;
        if (node is JsvText { IsEmpty: true } && !(shape is ScalarShape { Kind: ScalarKind.String }))
            return shape.AcceptsNull;
        switch (shape, node)
        {
            case (ScalarShape { Kind: ScalarKind.String }, JsvText text):
                value = text.Text;
                return true;
            case (ScalarShape scalar, JsvText text):
                if (ScalarParser.TryParse(scalar, text.Text, out value)) return true;
                throw RequestBindingException.InvalidValue(operationName, path, text.Text, isSecret);
            case (TypeModel model, JsvObject members):
                value = model.Factory();
                Populate(value, model, members, path, isSecret, operationName);
                return true;
            case (CollectionShape collection, JsvList list):
                value = collection.Create(BindItems(list.Items, collection.Element, path, isSecret, operationName));
                return true;
            case (CollectionShape { Element: ScalarShape } collection, JsvText text):
                // A bare "1,2,3", as a query string writes a list.
                var parts = text.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                value = collection.Create(BindItems(parts.Select(p => (JsvNode)new JsvText(p, Quoted: false)).ToList(), collection.Element, path, isSecret, operationName));
                return true;
            case (DictionaryShape dictionary, JsvObject members):
                value = BindDictionary(dictionary, members, path, isSecret, operationName);
                return true;
            default:
                throw RequestBindingException.InvalidValue(operationName, path, node is JsvText shown ? shown.Text : null, isSecret);
        }
    }

    private static List<object?> BindItems(IReadOnlyList<JsvNode> nodes, ValueShape element, string path, bool isSecret, string operationName)
    {
        var items = new List<object?>(nodes.Count);
        foreach (var node in nodes)
        {
            var itemPath = $"{path}[{items.Count}]";
            if (!TryBind(node, element, itemPath, isSecret, operationName, out var item) || (item is null && !element.AcceptsNull))
                throw RequestBindingException.InvalidValue(operationName, itemPath, "", isSecret);
            items.Add(item);
        }
        return items;
    }

    private static object BindDictionary(DictionaryShape shape, JsvObject members, string path, bool isSecret, string operationName)
    {
        var dictionary = shape.Create();
        foreach (var (keyText, node) in members.Members)
        {
            if (!ScalarParser.TryParse(shape.Key, keyText, out var key) || key is null)
                throw RequestBindingException.InvalidValue(operationName, path, keyText, isSecret);
            if (TryBind(node, shape.Value, Path(path, keyText), isSecret, operationName, out var value))
                dictionary[key] = value;
        }
        return dictionary;
    }

    private static string Path(string? prefix, string name) => prefix is null ? name : $"{prefix}.{name}";
}
