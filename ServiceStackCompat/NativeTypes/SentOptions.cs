namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// The options a client sends back as query arguments (the uncommented lines of a reference's header).
/// Names are case-insensitive; an option that was sent is shown uncommented in the new header.
/// </summary>
public sealed class NativeTypesOptions
{
    private readonly Dictionary<string, string> _values;

    public NativeTypesOptions(IEnumerable<KeyValuePair<string, string>> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values) _values[key] = value;
    }

    public static NativeTypesOptions FromQuery(IQueryCollection query) =>
        new(query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())));

    public bool IsSet(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public string GetString(string name, string defaultValue) => Get(name) ?? defaultValue;

    public bool GetBool(string name, bool defaultValue) =>
        Get(name) is { } value && bool.TryParse(value.Trim(), out var flag) ? flag : defaultValue;

    /// <summary>A comma-separated list (IncludeTypes, ExcludeTypes, AddNamespaces, DefaultImports, ...).</summary>
    public IReadOnlyList<string> GetList(string name) =>
        (Get(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> IncludeTypes => GetList("IncludeTypes");

    public IReadOnlyList<string> ExcludeTypes => GetList("ExcludeTypes");

    public string? GlobalNamespace => string.IsNullOrWhiteSpace(Get("GlobalNamespace")) ? null : Get("GlobalNamespace")!.Trim();

    public bool AddResponseStatus => GetBool("AddResponseStatus", false);

    public bool AddDescriptionAsComments => GetBool("AddDescriptionAsComments", true);

    public bool AddServiceStackTypes => GetBool("AddServiceStackTypes", true);

    public bool InitializeCollections => GetBool("InitializeCollections", true);

    public int? AddImplicitVersion => int.TryParse(Get("AddImplicitVersion"), out var version) ? version : null;
}
