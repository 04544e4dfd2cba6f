using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.ServiceInterface.Data;

/// <summary>
/// Runs each of EF's database operations once, as the providers' default strategies do, and translates a
/// failure of the database itself (<see cref="DatabaseFailureTranslation"/>). EF runs every query's first
/// read, every SaveChanges and every ExecuteUpdate/ExecuteDelete/ExecuteSql through the strategy; a command
/// interceptor would see the same failures but makes EF build event data for every command.
/// </summary>
internal sealed class DatabaseFailureExecutionStrategy(ExecutionStrategyDependencies dependencies, DatabaseFailureTranslation translation)
    : IExecutionStrategy
{
    /// <summary>What each provider's options take, so that every provider runs EF's operations through this strategy.</summary>
    public static Func<ExecutionStrategyDependencies, IExecutionStrategy> Factory(IServiceProvider services)
    {
        var translation = services.GetRequiredService<DatabaseFailureTranslation>();
        return dependencies => new DatabaseFailureExecutionStrategy(dependencies, translation);
    }

    public bool RetriesOnFailure => false;

    public TResult Execute<TState, TResult>(
        TState state,
        Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded)
    {
        TResult result;
        try
        {
            result = operation(dependencies.CurrentContext.Context, state);
        }
        catch (Exception exception) when (translation.Translate(exception) is { } translated)
        {
            ExceptionDispatchInfo.Throw(translated);
            throw;
        }
        NoteWrite(result);
        return result;
    }

    public async Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default)
    {
        TResult result;
        try
        {
            result = await operation(dependencies.CurrentContext.Context, state, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (translation.Translate(exception) is { } translated)
        {
            ExceptionDispatchInfo.Throw(translated);
            throw;
        }
        NoteWrite(result);
        return result;
    }

    /// <summary>
    /// SaveChanges, ExecuteUpdate, ExecuteDelete and ExecuteSql answer the rows they changed; a query's
    /// operation opens its reader and answers a bool.
    /// </summary>
    private void NoteWrite<TResult>(TResult result)
    {
        if (typeof(TResult) == typeof(int)) translation.Wrote(Unsafe.As<TResult, int>(ref result));
    }
}
