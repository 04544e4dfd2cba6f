namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>
/// One of the rules a gateway applies to a service's messages, in <see cref="Position"/> order (1, 2, ... with no gaps
/// within one gateway and service).
/// </summary>
public class MessageRule
{
    public Guid Id { get; set; }

    public Guid GatewayId { get; set; }

    public Guid ServiceId { get; set; }

    public int Position { get; set; }

    public long Cost { get; set; }

    public bool Enabled { get; set; }

    /// <summary>One of <see cref="Rules.CheckNextRuleConditions"/>.</summary>
    public int CheckNextRuleIf { get; set; }

    public string? Description { get; set; }

    /// <summary>A .NET regular expression, checked to compile when stored.</summary>
    public string MatchExpression { get; set; } = "";

    public DateTime CreatedOn { get; set; }

    public DateTime UpdatedOn { get; set; }
}
