using System.Reflection;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceModel;

namespace CccApi.Host;

/// <summary>The assemblies the host scans for DTOs (the wire contract) and for services and validators.</summary>
internal static class ApiAssemblies
{
    public static Assembly[] All { get; } = [typeof(BaseResponse).Assembly, typeof(HttpError).Assembly];
}
