using System.Text.RegularExpressions;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// A message rule's MatchExpression is a .NET regular expression the gateway runs with a match timeout; it is
/// checked the same way when stored, so a rule a gateway cannot compile is never handed to one.
/// </summary>
public static class MatchExpressions
{
    /// <summary>The timeout the gateway matches with; a pattern that backtracks without end fails its message, not the gateway.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Null when the expression compiles; else the parser's reason.</summary>
    public static string? Problem(string expression)
    {
        try
        {
            _ = new Regex(expression, RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
