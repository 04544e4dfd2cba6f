using System.Text.Json;

namespace ServiceStackCompat.Formats.Wire;

/// <summary>
/// The camelCase rule of ServiceStack's wire: the leading run of ASCII capitals is lower-cased, except
/// that the last capital of a run followed by a lower-case letter or digit keeps its case
/// ("URLValue" → "urlValue", "ABc" → "aBc", "UserID" → "userID", "ID" → "id"). Anything else is kept.
/// </summary>
public sealed class WireNaming : JsonNamingPolicy
{
    public static WireNaming Instance { get; } = new();

    public override string ConvertName(string name) => ToCamelCase(name);

    public static string ToCamelCase(string name)
    {
        var keep = 0;
        while (keep < name.Length && ShouldLower(name, keep)) keep++;
        if (keep == 0) return name;
        return string.Create(name.Length, (name, keep), static (span, state) =>
        {
            state.name.AsSpan().CopyTo(span);
            for (var i = 0; i < state.keep; i++) span[i] = (char)(span[i] + ('a' - 'A'));
        });
    }

    private static bool ShouldLower(string name, int index) =>
        char.IsAsciiLetterUpper(name[index])
        && (index == 0 || index == name.Length - 1 || char.IsAsciiLetterUpper(name[index + 1]));
}
