namespace CccApi.ServiceModel.Annotations;

/// <summary>
/// The operation may be called without credentials when the host requires authentication for the
/// rest (ServiceStack's opposite annotation, <c>[Authenticate]</c>, marks the ones that need it).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute;
