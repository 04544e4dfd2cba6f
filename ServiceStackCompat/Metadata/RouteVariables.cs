using ServiceStackCompat.Routing;

namespace ServiceStackCompat.Metadata;

/// <summary>Start-up check that every route variable names a property of its request DTO.</summary>
internal static class RouteVariables
{
    public static void EnsureBindable(RouteModel route)
    {
        foreach (var name in new RouteTemplate(route.Path).VariableNames)
        {
            if (route.Operation.Request.FindProperty(name) is null)
                throw new InvalidOperationException($"Route '{route.Path}' of {route.Operation.Name} names '{name}', which is not a property of the request.");
        }
    }
}
