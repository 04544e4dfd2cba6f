namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>A kind of identity provider (its protocol): created by migration with fixed Guids, listed in the README.</summary>
public class IdProviderType
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";
}

/// <summary>What an identity proxy is used for: signing users in, or connecting the service to the provider's data.</summary>
public enum IdPxWorkflow
{
    Authentication,
    Connector,
}

/// <summary>A kind of identity proxy: created by migration with fixed Guids, one per <see cref="IdPxWorkflow"/>.</summary>
public class IdPxType
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public IdPxWorkflow Workflow { get; set; }
}
