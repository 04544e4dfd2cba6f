using System.Diagnostics.CodeAnalysis;
using CccApi.ServiceInterface.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CccApi.ServiceInterface.Data.Upgrades;

/// <summary>
/// Computes each value's normal form for <see cref="StoredTextNormalizer"/> and counts what changes, per
/// column. A normal form wider than its column (a punycode domain can be longer than its Unicode
/// spelling) is not stored: the value stays as it was and a warning names the row.
/// </summary>
internal sealed class StoredTextChanges(CccDbContext db, ILogger logger)
{
    private readonly SortedDictionary<string, int> _changedPerColumn = new(StringComparer.Ordinal);

    /// <summary>A name's stored form; format characters, which the API now refuses, are dropped.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public string? Name<TEntity>(TEntity entity, string property, string? value) where TEntity : class =>
        value is null ? null : Value(entity, property, value, v => NameForms.Normalize(WithoutFormatCharacters(v))!);

    [return: NotNullIfNotNull(nameof(value))]
    public string? Email<TEntity>(TEntity entity, string property, string? value) where TEntity : class =>
        value is null ? null : Value(entity, property, value, EmailAddresses.Normalize);

    public string Value<TEntity>(TEntity entity, string property, string value, Func<string, string> normalize) where TEntity : class
    {
        var normalized = normalize(value);
        if (normalized == value) return value;

        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        if (entityType.FindProperty(property)?.GetMaxLength() is { } maxLength && normalized.Length > maxLength)
        {
            logger.LogWarning("{Table}.{Column} of {Key}: its normal form is longer than the column's {MaxLength} characters; left as it is.",
                entityType.GetTableName(), property, db.Entry(entity).Property(entityType.FindPrimaryKey()!.Properties[0].Name).CurrentValue, maxLength);
            return value;
        }

        var column = $"{entityType.GetTableName()}.{property}";
        _changedPerColumn[column] = _changedPerColumn.GetValueOrDefault(column) + 1;
        return normalized;
    }

    public string Summary() =>
        _changedPerColumn.Count == 0
            ? "every value was already in its normal form"
            : string.Join(", ", _changedPerColumn.Select(c => $"{c.Key} {c.Value} changed"));

    private static string WithoutFormatCharacters(string value) =>
        string.Concat(value.Where(c => !NameForms.IsFormatCharacter(c)));
}
