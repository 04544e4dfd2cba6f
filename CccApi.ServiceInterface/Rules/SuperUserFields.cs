using CccApi.ServiceInterface.Infrastructure;

namespace CccApi.ServiceInterface.Rules;

/// <summary>Fields of a request that only a SuperUser may set.</summary>
public static class SuperUserFields
{
    public static void Demand(ICallerContext caller, string? value, string fieldName)
    {
        if (!string.IsNullOrEmpty(value) && !caller.IsSuperUser)
            throw HttpError.Forbidden($"{fieldName} may only be set by a SuperUser.", fieldName);
    }

    public static void Demand<TValue>(ICallerContext caller, TValue? value, string fieldName) where TValue : struct
    {
        if (value is not null && !caller.IsSuperUser)
            throw HttpError.Forbidden($"{fieldName} may only be set by a SuperUser.", fieldName);
    }
}
