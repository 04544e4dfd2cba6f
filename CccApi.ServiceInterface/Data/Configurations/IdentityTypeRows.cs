using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>
/// The identity provider and identity proxy types the product knows, created by migration with fixed Guids (listed in
/// the README) so that every database and every caller names them alike.
/// </summary>
public static class IdentityTypeRows
{
    public static readonly Guid Saml2 = new("5a3d0c10-0001-4e6b-8f5a-1d2c3b4a0001");
    public static readonly Guid OpenIdConnect = new("5a3d0c10-0001-4e6b-8f5a-1d2c3b4a0002");

    public static readonly Guid AuthenticationProxy = new("5a3d0c10-0002-4e6b-8f5a-1d2c3b4a0001");
    public static readonly Guid ConnectorProxy = new("5a3d0c10-0002-4e6b-8f5a-1d2c3b4a0002");

    public static IdProviderType[] ProviderTypes { get; } =
    [
        new() { Id = Saml2, Name = "SAML 2.0", Description = "SAML 2.0 single sign-on: LoginUrl and the provider's signing certificate (CertificateId) are required." },
        new()
        {
            Id = OpenIdConnect, Name = "OpenID Connect",
            Description = "OpenID Connect authorization code flow: LoginUrl, TokenUrl, ClientId and the client secret (SecretId) are required.",
        },
    ];

    public static IdPxType[] ProxyTypes { get; } =
    [
        new()
        {
            Id = AuthenticationProxy, Name = "Authentication", Workflow = IdPxWorkflow.Authentication,
            Description = "Signs the service's users in through the identity provider.",
        },
        new()
        {
            Id = ConnectorProxy, Name = "Connector", Workflow = IdPxWorkflow.Connector,
            Description = "Connects a signed-in user's account at the identity provider to the service.",
        },
    ];
}
