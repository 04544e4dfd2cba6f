using CccApi.ServiceInterface.Infrastructure;

namespace CccApi.ServiceInterface.Rules;

/// <summary>The calling admin user's id, for operations that act on the caller's own records.</summary>
public static class SignedInCaller
{
    public static Guid UserId(ICallerContext caller) =>
        caller.UserId ?? throw new HttpError(401, "Unauthorized", "Not Authenticated");

    /// <summary>The admin user an operation acts for: the caller, or anyone when the caller is a SuperUser.</summary>
    public static Guid ActingFor(ICallerContext caller, Guid? adminUserGuid, string fieldName)
    {
        var self = UserId(caller);
        if (adminUserGuid is not { } other || other == self) return self;
        if (!caller.IsSuperUser)
            throw HttpError.Forbidden("Only a SuperUser may act for another admin user.", fieldName);
        return other;
    }
}
