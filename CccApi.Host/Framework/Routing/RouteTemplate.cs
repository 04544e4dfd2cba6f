namespace CccApi.Host.Framework.Routing;

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

    /// <summary>Matches path segments; on success fills <paramref name="variables"/> with the captured values.</summary>
    public bool TryMatch(IReadOnlyList<string> pathSegments, List<KeyValuePair<string, string>> variables)
    {
        if (HasWildcard ? pathSegments.Count < _segments.Length - 1 : pathSegments.Count != _segments.Length)
            return false;

        var start = variables.Count;
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.IsWildcard)
            {
                variables.Add(new(segment.Text, string.Join('/', pathSegments.Skip(i))));
                return true;
            }
            if (segment.IsVariable)
            {
                variables.Add(new(segment.Text, pathSegments[i]));
            }
            else if (!string.Equals(segment.Text, pathSegments[i], StringComparison.OrdinalIgnoreCase))
            {
                variables.RemoveRange(start, variables.Count - start);
                return false;
            }
        }
        return true;
    }

    private readonly record struct Segment(string Text, bool IsVariable, bool IsWildcard);
}
