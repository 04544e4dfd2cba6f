using System.Linq.Expressions;
using System.Reflection;

namespace ServiceStackCompat.Metadata;

/// <summary>Compiles a service method into a <see cref="ServiceInvoker"/> at start-up.</summary>
internal static class ServiceInvokerCompiler
{
    public static ServiceInvoker Compile(Type serviceType, MethodInfo method)
    {
        var service = Expression.Parameter(typeof(object), "service");
        var request = Expression.Parameter(typeof(object), "request");
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");

        var parameters = method.GetParameters();
        Expression[] arguments = parameters.Length == 2
            ? [Expression.Convert(request, parameters[0].ParameterType), cancellation]
            : [Expression.Convert(request, parameters[0].ParameterType)];
        Expression call = Expression.Call(Expression.Convert(service, serviceType), method, arguments);

        var returnType = method.ReturnType;
        Expression body;
        if (returnType == typeof(void))
            body = Expression.Block(call, Expression.Default(typeof(ValueTask<object?>)));
        else if (returnType == typeof(Task) || returnType == typeof(ValueTask))
            body = Expression.Call(typeof(ServiceInvokerCompiler), nameof(AwaitVoid), null,
                returnType == typeof(Task) ? call : Expression.Call(call, nameof(ValueTask.AsTask), null));
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
            body = Expression.Call(typeof(ServiceInvokerCompiler), nameof(AwaitTask), [returnType.GetGenericArguments()[0]], call);
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            body = Expression.Call(typeof(ServiceInvokerCompiler), nameof(AwaitValueTask), [returnType.GetGenericArguments()[0]], call);
        else
            body = Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, Expression.Convert(call, typeof(object)));

        return Expression.Lambda<ServiceInvoker>(body, service, request, cancellation).Compile();
    }

    private static async ValueTask<object?> AwaitVoid(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static ValueTask<object?> AwaitTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlow(task);

    private static async ValueTask<object?> AwaitSlow<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlow(task.AsTask());
}
