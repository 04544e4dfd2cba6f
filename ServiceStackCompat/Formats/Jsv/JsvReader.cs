namespace ServiceStackCompat.Formats.Jsv;

/// <summary>
/// Parses JSV text (grammar in <see cref="JsvGrammar"/>) into <see cref="JsvNode"/>s. Malformed text is a
/// <see cref="FormatException"/> saying where; nesting deeper than <see cref="MaxDepth"/> is refused.
/// </summary>
public sealed class JsvReader
{
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsvReader(string text) => _text = text;

    /// <summary>The whole text as one value; anything after it but whitespace is an error.</summary>
    public static JsvNode Parse(string text)
    {
        var reader = new JsvReader(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0, topLevel: true);
        reader.SkipWhitespace();
        if (reader._position < text.Length) throw reader.Error("unexpected text after the value");
        return value;
    }

    private JsvNode ReadValue(int depth, bool topLevel = false)
    {
        if (depth > MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        if (_position >= _text.Length) return new JsvText("", Quoted: false);
        return _text[_position] switch
        {
            '{' => ReadObject(depth),
            '[' => ReadList(depth),
            '"' => new JsvText(ReadQuoted(), Quoted: true),
            _ => new JsvText(ReadBare(topLevel), Quoted: false),
        };
    }

    private JsvObject ReadObject(int depth)
    {
        _position++; // {
        var members = new List<KeyValuePair<string, JsvNode>>();
        SkipWhitespace();
        if (TryConsume('}')) return new JsvObject(members);
        while (true)
        {
            SkipWhitespace();
            var key = Peek() == '"' ? ReadQuoted() : ReadKey();
            SkipWhitespace();
            if (!TryConsume(':')) throw Error($"':' expected after the key '{key}'");
            SkipWhitespace();
            members.Add(KeyValuePair.Create(key, ReadValue(depth + 1)));
            SkipWhitespace();
            if (TryConsume(',')) continue;
            if (TryConsume('}')) return new JsvObject(members);
            throw Error("',' or '}' expected");
        }
    }

    private JsvList ReadList(int depth)
    {
        _position++; // [
        var items = new List<JsvNode>();
        SkipWhitespace();
        if (TryConsume(']')) return new JsvList(items);
        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(',')) continue;
            if (TryConsume(']')) return new JsvList(items);
            throw Error("',' or ']' expected");
        }
    }

    /// <summary>"..." with "" for a quote inside.</summary>
    private string ReadQuoted()
    {
        var start = ++_position;
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var end = _text.IndexOf('"', _position);
            if (end < 0) throw Error("a quoted value is not closed", start - 1);
            text.Append(_text, _position, end - _position);
            _position = end + 1;
            if (Peek() != '"') return text.ToString();
            text.Append('"');
            _position++;
        }
    }

    private string ReadKey()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] is not (':' or ',' or '}')) _position++;
        return _text[start.._position].Trim();
    }

    /// <summary>Bare text up to the delimiter that ends it; at the top level, the rest of the text.</summary>
    private string ReadBare(bool topLevel)
    {
        var start = _position;
        if (topLevel)
            _position = _text.Length;
        else
            while (_position < _text.Length && _text[_position] is not (',' or '}' or ']')) _position++;
        return _text[start.._position].Trim();
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool TryConsume(char expected)
    {
        if (Peek() != expected || _position >= _text.Length) return false;
        _position++;
        return true;
    }

    private FormatException Error(string what, int? at = null) => new($"JSV: {what} at position {at ?? _position}.");
}
