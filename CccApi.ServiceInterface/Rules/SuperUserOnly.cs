using CccApi.ServiceInterface.Infrastructure;

namespace CccApi.ServiceInterface.Rules;

/// <summary>Operations only a SuperUser may call: managing partners, sites and SuperUsers.</summary>
public static class SuperUserOnly
{
    public static void Demand(ICallerContext caller, string action)
    {
        if (!caller.IsSuperUser)
            throw HttpError.Forbidden($"Only a SuperUser may {action}.");
    }
}
