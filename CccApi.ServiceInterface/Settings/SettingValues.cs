using System.Globalization;
using System.Text.RegularExpressions;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;

namespace CccApi.ServiceInterface.Settings;

/// <summary>
/// Checks a value against its key and writes it in the one text form it is stored and returned in ("the value is
/// serialized"): "true"/"false" for a Boolean, invariant digits for an Integer, a lower-cased address for an
/// EmailAddress, the text itself (trimmed) for a String.
/// </summary>
public static class SettingValues
{
    /// <summary>A pattern that takes longer than this on one value is treated as not matching.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The value's stored form, or a 400 naming <paramref name="fieldName"/> that says what the key takes.</summary>
    public static string Serialize(SettingKeyInfo key, string value, string fieldName) =>
        TrySerialize(key, value.Trim()) ?? throw HttpError.BadRequest("InvalidSettingValue",
            $"'{Shown(value)}' is not a valid value of {key.Name}. {key.ValidationDescription}".TrimEnd(), fieldName);

    private static string? TrySerialize(SettingKeyInfo key, string value) => key.ValueType switch
    {
        SettingValueType.Boolean => bool.TryParse(value, out var flag) ? (flag ? "true" : "false") : null,
        SettingValueType.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= (key.MinimumValue ?? long.MinValue) && number <= (key.MaximumValue ?? long.MaxValue)
                ? number.ToString(CultureInfo.InvariantCulture) : null,
        SettingValueType.EmailAddress => value.Length == 0 ? "" : EmailAddresses.TryNormalize(value, out var address) ? address : null,
        _ => Matches(key.ValidationPattern, value) ? value : null,
    };

    private static bool Matches(string? pattern, string value)
    {
        if (pattern is null) return true;
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Enough of a refused value to recognise it in the message.</summary>
    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
