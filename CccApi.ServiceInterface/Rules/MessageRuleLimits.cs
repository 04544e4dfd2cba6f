namespace CccApi.ServiceInterface.Rules;

/// <summary>The bounds of a gateway message rule's fields.</summary>
public static class MessageRuleLimits
{
    public const int DescriptionMaxLength = 200;

    public const int MatchExpressionMaxLength = 1000;
}
