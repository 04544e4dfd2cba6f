namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// A message rule's CheckNextRuleIf (an Integer on the page): after the gateway evaluates a rule, whether it goes on to
/// the next one.
/// </summary>
public static class CheckNextRuleConditions
{
    /// <summary>The evaluation stops at this rule.</summary>
    public const int Never = 0;

    /// <summary>The next rule is evaluated whatever this one gave.</summary>
    public const int Always = 1;

    /// <summary>The next rule is evaluated when this rule's expression matched.</summary>
    public const int Matched = 2;

    /// <summary>The next rule is evaluated when this rule's expression did not match.</summary>
    public const int NotMatched = 3;

    public static bool IsDefined(int value) => value is >= Never and <= NotMatched;
}
