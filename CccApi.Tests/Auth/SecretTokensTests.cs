using System.Security.Cryptography;
using System.Text;
using CccApi.ServiceInterface.Auth;

namespace CccApi.Tests.Auth;

public sealed class SecretTokensTests
{
    [Test]
    public void A_digest_is_the_lower_case_hex_sha256_of_the_utf8_bytes()
    {
        // FIPS 180-2's test vector for "abc".
        Assert.That(SecretTokens.Digest("abc"), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [TestCase(0)]
    [TestCase(85)]
    [TestCase(86)]
    [TestCase(5000)]
    public void Digests_of_short_and_long_tokens_agree_with_the_reference(int length)
    {
        // Multi-byte characters put the UTF-8 form at up to three times the token's length.
        var token = string.Concat(Enumerable.Range(0, length).Select(i => i % 3 == 0 ? 'é' : i % 3 == 1 ? '€' : 'a'));

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

        Assert.That(SecretTokens.Digest(token), Is.EqualTo(expected));
    }
}
