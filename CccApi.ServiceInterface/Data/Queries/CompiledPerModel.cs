using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// A compiled query, compiled once for each model it runs against: EF runs a compiled query only against
/// the model it was compiled for (it throws otherwise), and a process may hold more than one (hosts on
/// SQLite and PostgreSQL side by side in the tests).
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = new();

    public TQuery For(DbContext db) => _compiled.GetValue(db.Model, _ => compile());
}
