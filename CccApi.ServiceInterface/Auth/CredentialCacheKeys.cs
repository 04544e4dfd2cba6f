namespace CccApi.ServiceInterface.Auth;

/// <summary>A resolved credential's place in the memory cache: its kind and digest.</summary>
public sealed record CredentialCacheKey(string Kind, string Digest);

public static class CredentialCacheKeys
{
    public static CredentialCacheKey ApiKey(string digest) => new("apikey", digest);

    public static CredentialCacheKey Session(string digest) => new("session", digest);
}
