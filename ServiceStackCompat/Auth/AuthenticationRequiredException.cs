using ServiceStackCompat;

namespace ServiceStackCompat.Auth;

/// <summary>The operation needs a caller and the request named none, or one that is not valid: 401.</summary>
public sealed class AuthenticationRequiredException(string message) : Exception(message), IHasStatusCode, IHasErrorCode
{
    public int StatusCode => StatusCodes.Status401Unauthorized;

    public string ErrorCode => "Unauthorized";
}
