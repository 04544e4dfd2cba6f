using System.Collections.Frozen;

namespace ServiceStackCompat.Formats;

/// <summary>The formats the host speaks, found by name or media type.</summary>
public sealed class FormatRegistry
{
    private readonly FrozenDictionary<string, WireFormat> _byName;
    private readonly FrozenDictionary<string, WireFormat> _byMediaType;

    public FormatRegistry(IEnumerable<WireFormat> formats)
    {
        All = formats.ToList();
        _byName = All.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _byMediaType = All.SelectMany(f => f.MediaTypes.Select(m => (m, f))).ToFrozenDictionary(p => p.m, p => p.f, StringComparer.OrdinalIgnoreCase);
        Json = _byName["json"];
    }

    public IReadOnlyList<WireFormat> All { get; }

    public WireFormat Json { get; }

    public WireFormat? FindByName(ReadOnlySpan<char> name) =>
        _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var format) ? format : null;

    /// <summary>The format of a Content-Type or Accept entry, ignoring parameters such as charset or q.</summary>
    public WireFormat? FindByMediaType(ReadOnlySpan<char> mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        if (semicolon >= 0) mediaType = mediaType[..semicolon];
        mediaType = mediaType.Trim();
        if (_byMediaType.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(mediaType, out var format)) return format;
        return mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ? Json : null;
    }

    public static FormatRegistry CreateDefault() =>
        new([new JsonFormat(), new XmlFormat(), new JsvFormat(), new CsvFormat(), new HtmlFormat()]);
}
