using System.Reflection;
using FluentValidation;
using ServiceStackCompat;

namespace ServiceStackCompat.Metadata;

/// <summary>An operation: its request DTO, response type, routes and the service methods behind it.</summary>
public sealed class OperationModel
{
    private readonly Dictionary<string, ServiceAction> _actions = new(StringComparer.OrdinalIgnoreCase);

    internal OperationModel(TypeModel request, Type? responseType, TypeModel? responseModel)
    {
        Request = request;
        ResponseType = responseType;
        ResponseModel = responseModel;
        Description = request.Type.GetCustomAttribute<ApiAttribute>()?.Description;
        SecretFields = SecretFieldPaths.Of(request);
        var anonymous = request.Type.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true);
        AllowsAnonymous = anonymous is not null;
        RequiredRoles = request.Type.GetCustomAttribute<RequiredRoleAttribute>()?.Roles ?? [];
        IdentifiesCaller = anonymous is null || anonymous.IdentifiesCaller || RequiredRoles.Count > 0;
        AnswersPrivately = IdentifiesCaller || anonymous?.AnswersPrivately == true;
        MaxRequestBodyBytes = request.Type.GetCustomAttribute<RequestBodyLimitAttribute>()?.Bytes;
    }

    public string Name => Request.Name;

    public TypeModel Request { get; }

    public Type RequestType => Request.Type;

    /// <summary>Null for an operation that returns nothing (<see cref="IReturnVoid"/>).</summary>
    public Type? ResponseType { get; }

    /// <summary>The response DTO's model when it is a class (null for lists and void).</summary>
    public TypeModel? ResponseModel { get; }

    public string? Description { get; }

    /// <summary>Field paths whose values are never echoed back in errors (passwords, keys).</summary>
    public IReadOnlySet<string> SecretFields { get; }

    /// <summary>Marked <see cref="AllowAnonymousAttribute"/>: callable without credentials.</summary>
    public bool AllowsAnonymous { get; }

    /// <summary>
    /// Whether the request's credential is looked up at all: false for an anonymous operation that does not
    /// ask for its caller, which then costs no lookup and cannot fail on the credential store.
    /// </summary>
    public bool IdentifiesCaller { get; }

    /// <summary>Its answers are never stored by a cache: it identifies its caller, or answers about a person (<see cref="AllowAnonymousAttribute.AnswersPrivately"/>).</summary>
    public bool AnswersPrivately { get; }

    /// <summary>From <see cref="RequiredRoleAttribute"/>: the caller needs one of them; empty when any caller may.</summary>
    public IReadOnlyList<string> RequiredRoles { get; }

    /// <summary>From <see cref="RequestBodyLimitAttribute"/>: the operation's own body limit; null for the host's.</summary>
    public long? MaxRequestBodyBytes { get; }

    public List<RouteModel> Routes { get; } = [];

    public IReadOnlyCollection<ServiceAction> Actions => _actions.Values;

    /// <summary>The FluentValidation validator type to resolve for this request, when one exists.</summary>
    public Type? ValidatorType { get; internal set; }

    /// <summary>Wraps the request for FluentValidation without reflection per request.</summary>
    public Func<object, IValidationContext>? CreateValidationContext { get; internal set; }

    internal void AddAction(ServiceAction action)
    {
        if (!_actions.TryAdd(action.Verb, action))
            throw new InvalidOperationException($"{Name} has two service methods for {action.Verb}.");
    }

    /// <summary>The service method for a verb, falling back to an Any method.</summary>
    public ServiceAction? FindAction(string verb) =>
        _actions.GetValueOrDefault(verb) ?? _actions.GetValueOrDefault("ANY");

    /// <summary>Whether the response DTO can carry a ResponseStatus (else errors use <see cref="ErrorResponse"/>).</summary>
    public bool ResponseHasStatus => ResponseType is not null && typeof(IHasResponseStatus).IsAssignableFrom(ResponseType)
        && ResponseModel is not null;
}
