using System.Globalization;
using System.Security.Authentication;
using FluentValidation.Results;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ServiceStackCompat;
using ServiceStackCompat.Binding;
using ServiceStackCompat.Formats.Wire;

namespace ServiceStackCompat.Errors;

/// <summary>
/// The one place where exceptions become ServiceStack error responses, with ServiceStack's status
/// mapping: validation and argument errors 400, authentication 401, access 403, not implemented
/// 405, an exception's own status, else 500. An unexpected exception's message and every error's stack
/// trace are shown only under <see cref="ServiceHostOptions.DebugMode"/>, whatever the environment.
/// </summary>
public sealed class ExceptionMapper(IOptions<ServiceHostOptions> options)
{
    private const string GenericServerMessage = "An unexpected error occurred while processing the request.";
    private readonly bool _showDetails = options.Value.DebugMode;

    public ErrorOutcome Map(Exception exception)
    {
        var outcome = exception switch
        {
            RequestBindingException binding => new ErrorOutcome(400, null, FromBinding(binding), UseResponseType: false),
            RequestValidationException validation => FromValidation(validation),
            BadHttpRequestException badRequest => FromBadHttpRequest(badRequest),
            IResponseStatusConvertible convertible => WithCodeAsReason(StatusOf(exception, 500), convertible.ToResponseStatus()),
            IHasErrorCode coded => WithCodeAsReason(StatusOf(exception, 500), new ResponseStatus(coded.ErrorCode, exception.Message)),
            ArgumentException argument => WithCodeAsReason(400, FromArgument(argument)),
            AuthenticationException => WithCodeAsReason(401, Named(exception)),
            UnauthorizedAccessException => WithCodeAsReason(403, Named(exception)),
            NotImplementedException or NotSupportedException => new ErrorOutcome(405, null, Named(exception), UseResponseType: true),
            _ => new ErrorOutcome(500, null,
                new ResponseStatus(exception.GetType().Name, _showDetails ? exception.Message : GenericServerMessage), UseResponseType: true),
        };
        if (_showDetails)
            outcome.Status.StackTrace = exception.ToString();
        outcome.Status.Message = ShownText.Message(outcome.Status.Message);
        foreach (var error in outcome.Status.Errors) error.Message = ShownText.Message(error.Message);
        return outcome;
    }

    private static int StatusOf(Exception exception, int fallback) =>
        exception is IHasStatusCode hasStatus ? hasStatus.StatusCode : fallback;

    private static ErrorOutcome WithCodeAsReason(int statusCode, ResponseStatus status) =>
        new(statusCode, status.ErrorCode, status, UseResponseType: true);

    private static ResponseStatus Named(Exception exception) => new(exception.GetType().Name, exception.Message);

    /// <summary>
    /// The server could not read the request: a body that stalled before its Content-Length (408, after the
    /// server's minimum data rate gave up), ended early or is malformed (400), or is too large (413). The
    /// caller's fault, with the server's status, not a 500.
    /// </summary>
    private static ErrorOutcome FromBadHttpRequest(BadHttpRequestException exception)
    {
        var status = exception.StatusCode switch
        {
            StatusCodes.Status408RequestTimeout => new ResponseStatus("RequestTimeout",
                "The request body did not arrive in time: it stopped before its Content-Length."),
            StatusCodes.Status413PayloadTooLarge => new ResponseStatus("RequestEntityTooLarge", exception.Message),
            var other => new ResponseStatus(ReasonPhrases.GetReasonPhrase(other).Replace(" ", "", StringComparison.Ordinal) is { Length: > 0 } code ? code : "BadRequest",
                $"The request could not be read: {exception.Message}"),
        };
        return WithCodeAsReason(exception.StatusCode, status);
    }

    private static ResponseStatus FromBinding(RequestBindingException exception)
    {
        var status = new ResponseStatus("SerializationException", exception.Message);
        if (exception.FieldName is not null)
        {
            status.Errors.Add(new ResponseError
            {
                ErrorCode = "SerializationException",
                FieldName = exception.FieldName,
                Message = exception.FieldMessage,
            });
        }
        return status;
    }

    private static ResponseStatus FromArgument(ArgumentException exception)
    {
        var status = new ResponseStatus(exception.GetType().Name, exception.Message);
        if (exception.ParamName is not null)
            status.Errors.Add(new ResponseError { ErrorCode = status.ErrorCode, FieldName = exception.ParamName, Message = exception.Message });
        return status;
    }

    private static ErrorOutcome FromValidation(RequestValidationException exception)
    {
        var status = new ResponseStatus();
        foreach (var failure in exception.Failures)
        {
            status.Errors.Add(new ResponseError
            {
                ErrorCode = ErrorCodeOf(failure),
                FieldName = failure.PropertyName,
                Message = failure.ErrorMessage,
                Meta = MetaOf(failure, exception.SecretFields.Contains(failure.PropertyName)),
            });
        }
        var first = status.Errors.FirstOrDefault();
        status.ErrorCode = first?.ErrorCode ?? "ValidationException";
        status.Message = first?.Message ?? exception.Message;
        return new ErrorOutcome(400, status.ErrorCode, status, UseResponseType: true);
    }

    /// <summary>ServiceStack names a rule after its FluentValidation validator without the suffix: NotEmpty, MaximumLength.</summary>
    private static string ErrorCodeOf(ValidationFailure failure)
    {
        var code = string.IsNullOrEmpty(failure.ErrorCode) ? "ValidationException" : failure.ErrorCode;
        return code.EndsWith("Validator", StringComparison.Ordinal) && code.Length > "Validator".Length ? code[..^"Validator".Length] : code;
    }

    /// <summary>The message's placeholder values, as ServiceStack sends them; only scalars, never a secret.</summary>
    private static Dictionary<string, string>? MetaOf(ValidationFailure failure, bool isSecret)
    {
        if (failure.FormattedMessagePlaceholderValues is not { Count: > 0 } values) return null;
        var meta = new Dictionary<string, string>();
        foreach (var (key, value) in values)
        {
            if (key == "PropertyPath" || (isSecret && key == "PropertyValue")) continue;
            var text = value switch
            {
                null => null,
                string s => ShownText.Of(s, 250),
                Guid guid => WireScalars.FormatGuid(guid), // as the API writes Guids everywhere else
                IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateTime or Enum
                    => formattable.ToString(null, CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                _ => null,
            };
            if (text is not null) meta[key] = text;
        }
        return meta.Count > 0 ? meta : null;
    }
}
