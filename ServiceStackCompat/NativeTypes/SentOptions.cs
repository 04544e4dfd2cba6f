namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// The options a client sent as query arguments (the uncommented lines of a reference's header), as
/// text. Names are case-insensitive. What each means, and its default, is the <see cref="NativeTypesOption"/>'s.
/// </summary>
public sealed class SentOptions
{
    private readonly Dictionary<string, string> _values;

    public SentOptions(IEnumerable<KeyValuePair<string, string>> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values) _values[key] = value;
    }

    public static SentOptions FromQuery(IQueryCollection query) =>
        new(query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())));

    /// <summary>The value sent for <paramref name="name"/>; null when it was not sent.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;
}
