using System.Collections.Frozen;

namespace ServiceStackCompat.Metadata;

/// <summary>A DTO type: how to create it and its properties, looked up by name case-insensitively.</summary>
public sealed class TypeModel : ValueShape
{
    private FrozenDictionary<string, PropertyModel> _byName = FrozenDictionary<string, PropertyModel>.Empty;
    private FrozenDictionary<string, PropertyModel>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal TypeModel(Type type, Func<object> factory) : base(type)
    {
        Factory = factory;
    }

    public Type Type => ClrType;

    public string Name => ClrType.Name;

    /// <summary>Creates an instance with the type's own defaults.</summary>
    public Func<object> Factory { get; }

    public IReadOnlyList<PropertyModel> Properties { get; private set; } = [];

    internal void SetProperties(IReadOnlyList<PropertyModel> properties)
    {
        Properties = properties;
        _byName = properties.ToFrozenDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PropertyModel? FindProperty(string name) => _byName.GetValueOrDefault(name);

    public PropertyModel? FindProperty(ReadOnlySpan<char> name) => _bySpan.TryGetValue(name, out var property) ? property : null;
}
