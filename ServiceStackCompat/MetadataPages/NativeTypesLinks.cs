namespace ServiceStackCompat.MetadataPages;

/// <summary>The "Add ServiceStack Reference" endpoints the index page links to, in display order.</summary>
internal static class NativeTypesLinks
{
    public static IReadOnlyList<(string Path, string Label)> All { get; } =
    [
        ("csharp", "C#"),
        ("typescript", "TypeScript"),
        ("typescript.d", "TypeScript Definitions"),
        ("js", "JavaScript"),
        ("mjs", "JavaScript (ES modules)"),
        ("php", "PHP"),
        ("python", "Python"),
        ("java", "Java"),
        ("kotlin", "Kotlin"),
        ("swift", "Swift"),
        ("dart", "Dart"),
        ("fsharp", "F#"),
        ("vbnet", "VB.NET"),
        ("metadata", "Metadata (JSON)"),
    ];
}
