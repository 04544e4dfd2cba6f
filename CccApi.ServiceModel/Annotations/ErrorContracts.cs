namespace CccApi.ServiceModel.Annotations;

/// <summary>An exception that chooses its own HTTP status.</summary>
public interface IHasStatusCode
{
    int StatusCode { get; }
}

/// <summary>An exception that chooses its own error code.</summary>
public interface IHasErrorCode
{
    string ErrorCode { get; }
}

/// <summary>An exception that knows how to describe itself as a <see cref="ResponseStatus"/>.</summary>
public interface IResponseStatusConvertible
{
    ResponseStatus ToResponseStatus();
}
