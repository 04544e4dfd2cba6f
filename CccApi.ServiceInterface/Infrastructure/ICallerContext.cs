namespace CccApi.ServiceInterface.Infrastructure;

/// <summary>Who is calling. The one place that decides what a caller may do beyond the object rules.</summary>
public interface ICallerContext
{
    bool IsSuperUser { get; }
}

/// <summary>
/// Until authentication exists every caller is a SuperUser; the authentication work replaces this
/// registration and nothing else.
/// </summary>
public sealed class UnauthenticatedSuperUserCaller : ICallerContext
{
    public bool IsSuperUser => true;
}
