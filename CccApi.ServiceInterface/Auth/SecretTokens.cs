using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CccApi.ServiceInterface.Auth;

/// <summary>Random API keys, collection and gateway keys and session ids, and the SHA-256 digests they are stored and found by.</summary>
public static class SecretTokens
{
    /// <summary>Every API key starts with this, so that a leaked one is easy to recognise.</summary>
    public const string ApiKeyPrefix = "cccak_";

    /// <summary>Every collection's usage-reporting key starts with this: it is resolved as a collection, never as an admin user.</summary>
    public const string CollectionKeyPrefix = "ccccol_";

    /// <summary>Every gateway's key starts with this: it is resolved as a gateway, never as an admin user.</summary>
    public const string GatewayKeyPrefix = "cccgw_";

    private const int PrefixLength = 14;

    public static string NewApiKey() => ApiKeyPrefix + RandomText();

    public static string NewCollectionKey() => CollectionKeyPrefix + RandomText();

    public static string NewGatewayKey() => GatewayKeyPrefix + RandomText();

    public static bool IsCollectionKey(string key) => key.StartsWith(CollectionKeyPrefix, StringComparison.Ordinal);

    public static bool IsGatewayKey(string key) => key.StartsWith(GatewayKeyPrefix, StringComparison.Ordinal);

    public static string NewSessionId() => RandomText();

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Digest(string token)
    {
        // Every authenticated request digests its credential: hash from stack buffers, allocate only the result.
        const int MaxStackBytes = 256;
        var maxByteCount = Encoding.UTF8.GetMaxByteCount(token.Length);
        Span<byte> utf8 = maxByteCount <= MaxStackBytes ? stackalloc byte[MaxStackBytes] : new byte[maxByteCount];
        var written = Encoding.UTF8.GetBytes(token, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..written], hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The first characters of a key: enough to tell keys apart in a list, far too few to use.</summary>
    public static string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];

    private static string RandomText() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
