using System.Data.Common;
using System.Runtime.CompilerServices;
using CccApi.ServiceInterface.Data.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// A raw lookup by id within a caller's scope (<see cref="RawCommands"/>): one statement per visibility rule, its
/// parameters the looked-up id and, in the rules that read it, the caller's scope, both typed by the model's
/// mapping of a Guid key. Built once per model (<see cref="PerModel{TPlan}"/>).
/// </summary>
/// <typeparam name="TRule">A rule enum of <see cref="Rules.CallerScope"/>, whose values run 0, 1, ... in declaration order.</typeparam>
internal sealed class RuleStatements<TRule> where TRule : struct, Enum
{
    private readonly string[] _sql;
    private readonly bool[] _usesScope;
    private readonly RelationalTypeMapping _guid;
    private readonly string _idName;
    private readonly string _scopeName;

    private RuleStatements(string[] sql, bool[] usesScope, RelationalTypeMapping guid, string idName, string scopeName) =>
        (_sql, _usesScope, _guid, _idName, _scopeName) = (sql, usesScope, guid, idName, scopeName);

    /// <summary>
    /// <paramref name="statement"/> writes a rule's statement in the dialect from the id's and the scope's
    /// placeholders; <paramref name="key"/> is the entity whose Guid key types both parameters.
    /// </summary>
    public static RuleStatements<TRule> Build(DbContext db, Type key, Func<SqlDialect, TRule, string, string, string> statement)
    {
        var dialect = RawCommands.DialectOf(db);
        var (id, scope) = (RawCommands.Parameter(dialect, 0), RawCommands.Parameter(dialect, 1));
        var sql = Enum.GetValues<TRule>().Select(rule => statement(dialect, rule, id.Placeholder, scope.Placeholder)).ToArray();
        var usesScope = sql.Select(text => text.Contains(scope.Placeholder, StringComparison.Ordinal)).ToArray();
        var mapping = (RelationalTypeMapping)db.Model.FindEntityType(key)!.FindPrimaryKey()!.Properties[0].GetRelationalTypeMapping();
        return new RuleStatements<TRule>(sql, usesScope, mapping, id.Name, scope.Name);
    }

    /// <summary>The rule's statement as a command on the context's connection, its parameters set.</summary>
    public DbCommand Create(DbContext db, TRule rule, Guid id, Guid scope)
    {
        var index = Unsafe.As<TRule, int>(ref rule);
        var command = RawCommands.Create(db, _sql[index]);
        RawCommands.AddParameter(command, _guid, _idName, id);
        if (_usesScope[index])
            RawCommands.AddParameter(command, _guid, _scopeName, scope);
        return command;
    }

    /// <summary>
    /// Runs the statement of <paramref name="rule"/> for <paramref name="id"/> and <paramref name="scope"/> as a raw
    /// command (<see cref="RawCommands.ExecuteAsync"/>) and reads its first row with <paramref name="read"/>; default
    /// when the caller sees no such row.
    /// </summary>
    public static Task<TRow?> FirstAsync<TRow>(PerModel<RuleStatements<TRule>> statements, DbContext db, TRule rule, Guid scope, Guid id,
        Func<DbDataReader, TRow> read, CancellationToken ct) =>
        RawCommands.ExecuteAsync(db, (statements, read, rule, id, scope), static async (context, query, ct) =>
        {
            await using var command = query.statements.For(context).Create(context, query.rule, query.id, query.scope);
            await using var reader = await RawCommands.ExecuteReaderAsync(command, ct);
            return await reader.ReadAsync(ct) ? query.read(reader) : default;
        }, ct);

    /// <summary>The rule's SQL text, for the tests.</summary>
    internal string Sql(TRule rule) => _sql[Unsafe.As<TRule, int>(ref rule)];
}
