namespace ServiceStackCompat.Routing;

/// <summary>
/// A parsed route path: literal segments compare case-insensitively, <c>{Name}</c> captures one
/// segment and a trailing <c>{Name*}</c> captures the rest of the path.
/// </summary>
public sealed class RouteTemplate
{
    private readonly Segment[] _segments;

    public RouteTemplate(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        _segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                var name = part[1..^1];
                var isWildcard = name.EndsWith('*');
                if (isWildcard && i != parts.Length - 1)
                    throw new InvalidOperationException($"Route '{path}': a wildcard variable must be the last segment.");
                _segments[i] = new Segment(isWildcard ? name[..^1] : name, IsVariable: true, isWildcard);
            }
            else
            {
                _segments[i] = new Segment(part, IsVariable: false, IsWildcard: false);
            }
        }
        LiteralCount = _segments.Count(s => !s.IsVariable);
        HasWildcard = _segments.Length > 0 && _segments[^1].IsWildcard;
    }

    public int SegmentCount => _segments.Length;

    public int LiteralCount { get; }

    public bool HasWildcard { get; }

    public IEnumerable<string> VariableNames => _segments.Where(s => s.IsVariable).Select(s => s.Text);

    /// <summary>
    /// Ranks templates so a more specific one is tried first: more literal segments, then literals
    /// earlier in the path, then no wildcard.
    /// </summary>
    public int CompareSpecificity(RouteTemplate other)
    {
        var byLiterals = other.LiteralCount.CompareTo(LiteralCount);
        if (byLiterals != 0) return byLiterals;
        for (var i = 0; i < Math.Min(_segments.Length, other._segments.Length); i++)
        {
            var mine = _segments[i].IsVariable;
            var theirs = other._segments[i].IsVariable;
            if (mine != theirs) return mine ? 1 : -1;
        }
        return HasWildcard.CompareTo(other.HasWildcard);
    }

    /// <summary>Whether a path of this many segments can match: as many as the template, or (with a wildcard) at least all before it.</summary>
    public bool Accepts(int pathSegmentCount) =>
        HasWildcard ? pathSegmentCount >= _segments.Length - 1 : pathSegmentCount == _segments.Length;

    /// <summary>
    /// Matches path segments; on success adds the captured values to <paramref name="variables"/>, which is
    /// created on the first capture (most paths tried against a template capture nothing).
    /// </summary>
    public bool TryMatch(string[] pathSegments, ref List<KeyValuePair<string, string>>? variables)
    {
        if (!Accepts(pathSegments.Length)) return false;

        // Literals first: they reject almost every template, and a rejected one must capture nothing.
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (!segment.IsVariable && !string.Equals(segment.Text, pathSegments[i], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (!segment.IsVariable) continue;
            variables ??= [];
            variables.Add(new(segment.Text, segment.IsWildcard ? string.Join('/', pathSegments[i..]) : pathSegments[i]));
        }
        return true;
    }

    private readonly record struct Segment(string Text, bool IsVariable, bool IsWildcard);
}
