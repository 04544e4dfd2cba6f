using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// A query compiled once per visibility rule (the rule is part of the SQL, the caller's scope a parameter)
/// and per model (<see cref="CompiledPerModel{TQuery}"/>).
/// </summary>
/// <typeparam name="TRule">A rule enum of <see cref="Rules.CallerScope"/>, whose values run 0, 1, ... in declaration order.</typeparam>
/// <typeparam name="TQuery">The compiled query's delegate.</typeparam>
internal sealed class CompiledPerRule<TRule, TQuery>(Func<TRule, TQuery> compile)
    where TRule : struct, Enum
    where TQuery : class
{
    private readonly CompiledPerModel<TQuery[]> _compiled = new(() => Enum.GetValues<TRule>().Select(compile).ToArray());

    public TQuery For(DbContext db, TRule rule) => _compiled.For(db)[Unsafe.As<TRule, int>(ref rule)];
}
