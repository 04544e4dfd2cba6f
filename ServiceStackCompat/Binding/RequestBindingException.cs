using ServiceStackCompat.Errors;

namespace ServiceStackCompat.Binding;

/// <summary>
/// The request could not be turned into its DTO: malformed body, or a value of the wrong type.
/// Answered as ServiceStack does, 400 with a <c>SerializationException</c> status.
/// </summary>
public sealed class RequestBindingException(string message, string? fieldName = null, string? fieldMessage = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string? FieldName { get; } = fieldName;

    public string? FieldMessage { get; } = fieldMessage;

    public static RequestBindingException InvalidValue(string operation, string fieldName, string? value, bool isSecret)
    {
        var shown = isSecret || value is null ? "" : $"'{ShownText.Of(value, 100)}' ";
        return new($"Unable to bind to request '{operation}'", fieldName, $"{shown}is an Invalid value for '{fieldName}'");
    }
}
