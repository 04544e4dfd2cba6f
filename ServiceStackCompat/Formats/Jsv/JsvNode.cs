namespace ServiceStackCompat.Formats.Jsv;

/// <summary>A parsed JSV value: text (quoted or bare), an object or dictionary, or a list.</summary>
public abstract record JsvNode;

/// <summary>A scalar's text; <see cref="Quoted"/> tells "" (an empty string) from nothing (null).</summary>
public sealed record JsvText(string Text, bool Quoted) : JsvNode
{
    public bool IsEmpty => Text.Length == 0 && !Quoted;
}

/// <summary>An object's members in the order written (a key written twice keeps both; binding takes the last).</summary>
public sealed record JsvObject(IReadOnlyList<KeyValuePair<string, JsvNode>> Members) : JsvNode;

/// <summary>A list's items; an empty item is an empty <see cref="JsvText"/>.</summary>
public sealed record JsvList(IReadOnlyList<JsvNode> Items) : JsvNode;
