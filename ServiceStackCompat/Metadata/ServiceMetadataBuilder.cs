using System.Linq.Expressions;
using System.Reflection;
using FluentValidation;
using ServiceStackCompat;

namespace ServiceStackCompat.Metadata;

/// <summary>Discovers request DTOs, services and validators in the given assemblies by convention.</summary>
public static class ServiceMetadataBuilder
{
    private static readonly string[] VerbMethodNames = ["Get", "Post", "Put", "Delete", "Patch", "Options", "Head", "Any"];

    /// <summary>The layer's own contract assembly, whose built-in operations (Authenticate) every host offers when a service implements them.</summary>
    private static readonly Assembly BuiltInAssembly = typeof(IReturn).Assembly;

    public static ServiceMetadata Build(IEnumerable<Assembly> assemblies)
    {
        var assemblyList = assemblies.Append(BuiltInAssembly).Distinct().ToList();
        var exportedTypes = assemblyList.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsClass && !t.IsAbstract).ToList();
        var shapes = new ShapeFactory();

        var serviceMethods = exportedTypes.Where(t => !t.IsGenericTypeDefinition)
            .SelectMany(serviceType => ServiceMethods(serviceType).Select(method => (ServiceType: serviceType, Method: method)))
            .ToList();
        var implemented = serviceMethods.Select(m => m.Method.GetParameters()[0].ParameterType).ToHashSet();

        // A built-in operation is offered only when a service implements it; any other must have one (checked below).
        var operations = exportedTypes
            .Where(t => IsRequestDto(t) && (t.Assembly != BuiltInAssembly || implemented.Contains(t)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => CreateOperation(t, shapes))
            .ToList();
        var byRequestType = operations.ToDictionary(o => o.RequestType);

        var serviceTypes = new List<Type>();
        foreach (var (serviceType, method) in serviceMethods)
        {
            if (!byRequestType.TryGetValue(method.GetParameters()[0].ParameterType, out var operation)) continue;
            operation.AddAction(new ServiceAction(serviceType, method.Name.ToUpperInvariant(), ServiceInvokerCompiler.Compile(serviceType, method)));
            if (!serviceTypes.Contains(serviceType)) serviceTypes.Add(serviceType);
        }

        foreach (var validatorType in exportedTypes.Where(t => !t.IsGenericTypeDefinition))
        {
            var validated = FindValidatedType(validatorType);
            if (validated is null || !byRequestType.TryGetValue(validated, out var operation)) continue;
            operation.ValidatorType = typeof(IValidator<>).MakeGenericType(validated);
            operation.CreateValidationContext = CompileValidationContextFactory(validated);
        }

        foreach (var operation in operations)
        {
            if (operation.Actions.Count == 0)
                throw new InvalidOperationException($"No service implements {operation.Name}.");
            foreach (var route in operation.Routes)
                RouteVariables.EnsureBindable(route);
        }

        return new ServiceMetadata(operations, shapes.TypeModels.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(), serviceTypes);
    }

    /// <summary>The validator classes to register, keyed by the service type they are resolved as.</summary>
    public static IEnumerable<(Type ServiceType, Type Implementation)> FindValidators(IEnumerable<Assembly> assemblies) =>
        assemblies.Distinct().SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition)
            .Select(t => (Validated: FindValidatedType(t), Implementation: t))
            .Where(v => v.Validated is not null)
            .Select(v => (typeof(IValidator<>).MakeGenericType(v.Validated!), v.Implementation));

    /// <summary>The public Get/Post/.../Any methods of a class that take one request (and optionally a CancellationToken).</summary>
    private static IEnumerable<MethodInfo> ServiceMethods(Type serviceType) =>
        serviceType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => VerbMethodNames.Contains(method.Name, StringComparer.Ordinal)
                && method.GetParameters() is { Length: 1 or 2 } parameters
                && (parameters.Length == 1 || parameters[1].ParameterType == typeof(CancellationToken)));

    private static bool IsRequestDto(Type type) =>
        typeof(IReturn).IsAssignableFrom(type) || type.GetCustomAttributes<RouteAttribute>().Any();

    private static OperationModel CreateOperation(Type requestType, ShapeFactory shapes)
    {
        var responseType = requestType.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReturn<>))
            ?.GetGenericArguments()[0];
        var responseModel = responseType is not null && shapes.GetShape(responseType) is TypeModel model ? model : null;
        var operation = new OperationModel(shapes.GetTypeModel(requestType), responseType, responseModel);
        foreach (var route in requestType.GetCustomAttributes<RouteAttribute>())
        {
            var verbs = route.Verbs?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => v.ToUpperInvariant()).ToArray();
            operation.Routes.Add(new RouteModel(operation, NormalizePath(route.Path), verbs is { Length: > 0 } ? verbs : null, route.Summary, route.Notes));
        }
        return operation;
    }

    /// <summary>
    /// One leading slash; a trailing one is kept as declared, since ServiceStack shows a route as declared
    /// (pages, samples, native types). Matching ignores it: the template splits on slashes.
    /// </summary>
    private static string NormalizePath(string path) => "/" + path.Trim().TrimStart('/');

    private static Type? FindValidatedType(Type type) =>
        type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            ?.GetGenericArguments()[0];

    private static Func<object, IValidationContext> CompileValidationContextFactory(Type requestType)
    {
        var request = Expression.Parameter(typeof(object), "request");
        var contextType = typeof(ValidationContext<>).MakeGenericType(requestType);
        var constructor = contextType.GetConstructor([requestType])!;
        var body = Expression.Convert(Expression.New(constructor, Expression.Convert(request, requestType)), typeof(IValidationContext));
        return Expression.Lambda<Func<object, IValidationContext>>(body, request).Compile();
    }
}
