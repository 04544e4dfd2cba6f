using ServiceStackCompat;

namespace ServiceStackCompat.Auth;

/// <summary>The caller is known but may not call the operation: 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message), IHasStatusCode, IHasErrorCode
{
    public int StatusCode => StatusCodes.Status403Forbidden;

    public string ErrorCode => "Forbidden";
}
