using FluentValidation;
using FluentValidation.Validators;

namespace CccApi.ServiceInterface.Validation;

/// <summary>
/// Text a person typed holds no control characters (C0, DEL, C1) and no Unicode noncharacters: they are
/// invisible in every list and log that shows the value, PostgreSQL cannot store U+0000, and an XML
/// response cannot carry most of them. Single-line fields (names, codes,
/// emails, domains, URLs) also reject tab and line breaks; multi-line fields (descriptions, addresses)
/// allow them. Its error code is "NoControlCharacters", after the validator's name as for FluentValidation's own.
/// </summary>
public sealed class NoControlCharactersValidator<T>(bool allowLineBreaks) : PropertyValidator<T, string?>
{
    public override string Name => "NoControlCharactersValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        if (value is null) return true;
        foreach (var c in value)
        {
            if (IsNoncharacter(c)) return false;
            if (!char.IsControl(c)) continue;
            if (allowLineBreaks && c is '\t' or '\n' or '\r') continue;
            return false;
        }
        return true;
    }

    /// <summary>Unicode's noncharacters in the basic plane (U+FDD0-U+FDEF, U+FFFE, U+FFFF): never text, and XML cannot carry U+FFFE/U+FFFF.</summary>
    private static bool IsNoncharacter(char c) => c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        allowLineBreaks
            ? "'{PropertyName}' must not contain control characters."
            : "'{PropertyName}' must be a single line without control characters.";
}

/// <summary>
/// A name holds no Unicode format characters (zero-width spaces and joiners, the byte order mark, bidi
/// marks and overrides, soft hyphens): invisible, they would make two names that look alike differ.
/// Error code "NoFormatCharacters".
/// </summary>
public sealed class NoFormatCharactersValidator<T> : PropertyValidator<T, string?>
{
    public override string Name => "NoFormatCharactersValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || !value.Any(Rules.NameForms.IsFormatCharacter);

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "'{PropertyName}' must not contain invisible format characters (zero-width, byte order or bidi marks).";
}

/// <summary>The text rules the validators apply to every string field they accept.</summary>
public static class TextRules
{
    /// <summary>Names, codes, emails, domains, URLs: one line of visible text.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new NoControlCharactersValidator<T>(allowLineBreaks: false));

    /// <summary>Names: one line of visible text without format characters (stored in <see cref="Rules.NameForms"/>' form).</summary>
    public static IRuleBuilderOptions<T, string?> NameText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLine().SetValidator(new NoFormatCharactersValidator<T>());

    /// <summary>Descriptions and postal addresses: tabs and line breaks allowed, other control characters not.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new NoControlCharactersValidator<T>(allowLineBreaks: true));
}
