using System.Linq.Expressions;

namespace CccApi.ServiceInterface.Data.Queries;

/// <summary>
/// Joins a rule written once as <c>(row, scope) =&gt; ...</c> into the queries that apply it: bound to one
/// caller's scope for an ad-hoc query, or inlined into a compiled query where the scope is its parameter.
/// </summary>
internal static class ScopeRules
{
    /// <summary>The rule for one scope value, which EF sends as a parameter (a field read, as a closure's would be).</summary>
    public static Expression<Func<T, bool>> For<T>(this Expression<Func<T, Guid, bool>> rule, Guid scope)
    {
        var value = Expression.Field(Expression.Constant(new ScopeValue(scope)), nameof(ScopeValue.Value));
        return Expression.Lambda<Func<T, bool>>(Replace(rule.Body, rule.Parameters[1], value), rule.Parameters[0]);
    }

    /// <summary>
    /// <paramref name="query"/> with each call of <see cref="Applies"/> replaced by <paramref name="rule"/>'s body
    /// over that call's arguments, so that EF sees (and compiles) the rule itself.
    /// </summary>
    public static Expression<TDelegate> Inline<TDelegate, T>(Expression<TDelegate> query, Expression<Func<T, Guid, bool>> rule) =>
        (Expression<TDelegate>)new MarkerInliner(rule).Visit(query);

    /// <summary>A stand-in for the rule inside a query template; never runs.</summary>
    public static bool Applies<T>(T row, Guid scope) => throw new InvalidOperationException("Inline the rule before running the query.");

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression with) =>
        new ParameterReplacer(parameter, with).Visit(body);

    private sealed class ScopeValue(Guid value)
    {
        public readonly Guid Value = value;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
    }

    private sealed class MarkerInliner(LambdaExpression rule) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || node.Method.GetGenericMethodDefinition() != AppliesMethod)
                return base.VisitMethodCall(node);
            var row = Visit(node.Arguments[0]);
            var scope = Visit(node.Arguments[1]);
            return Replace(Replace(rule.Body, rule.Parameters[0], row), rule.Parameters[1], scope);
        }
    }

    private static readonly System.Reflection.MethodInfo AppliesMethod =
        typeof(ScopeRules).GetMethod(nameof(Applies))!.GetGenericMethodDefinition();
}
