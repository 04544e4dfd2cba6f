namespace ServiceStackCompat.NativeTypes;

/// <summary>
/// An option a client may send: its name, its default, how a sent value is read, and how the
/// "Options:" header shows it (the default when not sent, else the value sent).
/// </summary>
public abstract class NativeTypesOption(string name, string defaultText)
{
    public string Name { get; } = name;

    /// <summary>What the header shows, commented out, when the option was not sent.</summary>
    public string DefaultText { get; } = defaultText;

    /// <summary>How the header shows a sent value: as sent, unless the kind says otherwise.</summary>
    public virtual string Echo(string sent) => sent;
}

/// <summary>A True/False option; a value that does not read as a boolean leaves the default in force.</summary>
public sealed class FlagOption(string name, bool defaultValue) : NativeTypesOption(name, defaultValue ? "True" : "False")
{
    public bool Default { get; } = defaultValue;

    public bool Read(SentOptions sent) =>
        sent.Get(Name) is { } value && bool.TryParse(value.Trim(), out var flag) ? flag : Default;

    /// <summary>A boolean is shown as True or False however it was sent.</summary>
    public override string Echo(string sent) => bool.TryParse(sent.Trim(), out var flag) ? (flag ? "True" : "False") : sent;
}

/// <summary>A text option: the value sent as it is (even empty), else the default.</summary>
public sealed class TextOption(string name, string defaultValue = "") : NativeTypesOption(name, defaultValue)
{
    public string Default { get; } = defaultValue;

    public string Read(SentOptions sent) => sent.Get(Name) ?? Default;

    /// <summary>The value sent when it is not empty, as it is; else null.</summary>
    public string? ReadNonEmpty(SentOptions sent) => sent.Get(Name) is { Length: > 0 } value ? value : null;

    /// <summary>The value sent, trimmed; null when it is missing or blank.</summary>
    public string? ReadTrimmed(SentOptions sent) => string.IsNullOrWhiteSpace(sent.Get(Name)) ? null : sent.Get(Name)!.Trim();
}

/// <summary>A whole number; a value that is not one counts as not sent.</summary>
public sealed class NumberOption(string name) : NativeTypesOption(name, "")
{
    public int? Read(SentOptions sent) => int.TryParse(sent.Get(Name), out var number) ? number : null;
}

/// <summary>A comma-separated list (IncludeTypes, DefaultImports, ...): the entries sent, else the default's.</summary>
public sealed class ListOption(string name, string defaultValue = "") : NativeTypesOption(name, defaultValue)
{
    public IReadOnlyList<string> Read(SentOptions sent) =>
        Split(sent.Get(Name)) is { Length: > 0 } entries ? entries : Split(DefaultText);

    private static string[] Split(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
