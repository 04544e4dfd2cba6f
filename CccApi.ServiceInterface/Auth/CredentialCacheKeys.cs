namespace CccApi.ServiceInterface.Auth;

/// <summary>
/// A resolved credential's key in the shared cache, by kind and digest: the same on every host, so a
/// removal announced by one host names the entry the others hold.
/// </summary>
public static class CredentialCacheKeys
{
    public static string ApiKey(string digest) => "urn:Credentials:apikey:" + digest;

    public static string CollectionKey(string digest) => "urn:Credentials:collectionkey:" + digest;

    public static string GatewayKey(string digest) => "urn:Credentials:gatewaykey:" + digest;

    public static string Session(string digest) => "urn:Credentials:session:" + digest;
}
