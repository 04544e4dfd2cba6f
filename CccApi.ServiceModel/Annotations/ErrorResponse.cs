namespace CccApi.ServiceModel.Annotations;

/// <summary>The body of an error that happened before an operation's own response type applied.</summary>
public class ErrorResponse : IHasResponseStatus
{
    public ResponseStatus? ResponseStatus { get; set; }
}
